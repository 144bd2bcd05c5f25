namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// The only source stubs left: the public shapes of the SDKs the package registry does not serve (OKX.Net,
/// CryptoExchange.Net, CCXT). Everything else a user's project references (RestSharp, Flurl.Http, Newtonsoft.Json,
/// Microsoft.Extensions.*, System.Text.Json) is the real package, through <see cref="TestReferences"/>.
/// Each stub is compiled once per reference set into an assembly with the real assembly name and referenced as
/// metadata, like the package. Only shapes: every body throws. Names and signatures are those of the public API,
/// written from reading it. Two generations of OKX.Net / CryptoExchange.Net exist in users' code and cannot be
/// referenced together (both define CryptoExchange.Net.Authentication.ApiCredentials): a test picks one with
/// <see cref="OkxNetShapes"/>.
/// </summary>
public static class Stubs
{
    /// <summary>CryptoExchange.Net before the 2025 credential rework: a concrete ApiCredentials(key, secret, pass), WebCallResult&lt;T&gt;.</summary>
    public const string CryptoExchangeNetLegacy = """
        #nullable enable
        using System;
        using System.Net;

        namespace CryptoExchange.Net.Authentication
        {
            public class ApiCredentials
            {
                public ApiCredentials(string key, string secret) => throw new NotImplementedException();
                public ApiCredentials(string key, string secret, string pass) => throw new NotImplementedException();
                public string Key { get; } = "";
                public string Secret { get; } = "";
                public string? Pass { get; }
                public virtual ApiCredentials Copy() => throw new NotImplementedException();
            }
        }

        namespace CryptoExchange.Net.Objects
        {
            public abstract class Error
            {
                protected Error(int? code, string message, object? data) => throw new NotImplementedException();
                public int? Code { get; set; }
                public string Message { get; set; } = "";
                public object? Data { get; set; }
                public override string ToString() => throw new NotImplementedException();
            }

            public class ServerError : Error
            {
                public ServerError(string message) : base(null, message, null) => throw new NotImplementedException();
                public ServerError(int code, string message, object? data = null) : base(code, message, data) => throw new NotImplementedException();
            }

            public class CallResult
            {
                public CallResult(Error? error) => throw new NotImplementedException();
                public Error? Error { get; internal set; }
                public bool Success => throw new NotImplementedException();
                public static implicit operator bool(CallResult obj) => throw new NotImplementedException();
            }

            public class CallResult<T> : CallResult
            {
                public CallResult(T data) : base(null) => throw new NotImplementedException();
                public CallResult(Error error) : base(error) => throw new NotImplementedException();
                public T Data { get; internal set; } = default!;
                public bool GetResultOrError(out T data, out Error? error) => throw new NotImplementedException();
            }

            public class WebCallResult<T> : CallResult<T>
            {
                public WebCallResult(HttpStatusCode? code, T data, Error? error) : base(data) => throw new NotImplementedException();
                public HttpStatusCode? ResponseStatusCode { get; set; }
                public string? OriginalData { get; set; }
                public TimeSpan? ResponseTime { get; set; }
            }

            public class TradeEnvironment
            {
                protected TradeEnvironment(string name) => throw new NotImplementedException();
                public string Name { get; } = "";
            }
        }
        """;

    /// <summary>OKX.Net on the older CryptoExchange.Net: OKXCredentials : ApiCredentials, WebCallResult&lt;T&gt; results.</summary>
    public const string OkxNetLegacy = """
        #nullable enable
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using CryptoExchange.Net.Authentication;
        using CryptoExchange.Net.Objects;
        using OKX.Net.Enums;
        using OKX.Net.Interfaces.Clients.UnifiedApi;
        using OKX.Net.Objects;
        using OKX.Net.Objects.Account;
        using OKX.Net.Objects.Options;
        using OKX.Net.Objects.Trade;

        namespace OKX.Net.Objects
        {
            public class OKXCredentials : ApiCredentials
            {
                public OKXCredentials(string key, string secret, string pass) : base(key, secret, pass) => throw new NotImplementedException();
            }

            public class OKXEnvironment : TradeEnvironment
            {
                internal OKXEnvironment(string name) : base(name) => throw new NotImplementedException();
                public string RestClientAddress { get; } = "";
                public string SocketClientPublicAddress { get; } = "";
                public string SocketClientPrivateAddress { get; } = "";
                public static OKXEnvironment Live => throw new NotImplementedException();
                public static OKXEnvironment Demo => throw new NotImplementedException();
                public static OKXEnvironment Europe => throw new NotImplementedException();
                public static OKXEnvironment CreateCustom(string name, string restAddress, string publicSocketAddress, string privateSocketAddress) => throw new NotImplementedException();
            }
        }

        namespace OKX.Net.Objects.Options
        {
            public class OKXRestOptions
            {
                public ApiCredentials? ApiCredentials { get; set; }
                public OKXEnvironment Environment { get; set; } = null!;
            }

            public class OKXSocketOptions
            {
                public ApiCredentials? ApiCredentials { get; set; }
                public OKXEnvironment Environment { get; set; } = null!;
            }
        }

        namespace OKX.Net.Enums
        {
            public enum OrderSide { Buy, Sell }
            public enum OrderType { Market, Limit, PostOnly, FillOrKill, ImmediateOrCancel }
        }

        namespace OKX.Net.Objects.Account
        {
            public class OKXAccountBalance
            {
                public decimal? TotalEquity { get; set; }
            }
        }

        namespace OKX.Net.Objects.Trade
        {
            public class OKXOrderPlaceResponse
            {
                public long? OrderId { get; set; }
                public string? ClientOrderId { get; set; }
                public int Code { get; set; }
                public string? Message { get; set; }
            }
        }

        namespace OKX.Net.Interfaces.Clients.UnifiedApi
        {
            public interface IOKXRestClientUnifiedApi
            {
                IOKXRestClientUnifiedApiAccount Account { get; }
                IOKXRestClientUnifiedApiTrading Trading { get; }
            }

            public interface IOKXRestClientUnifiedApiAccount
            {
                Task<WebCallResult<OKXAccountBalance>> GetAccountBalanceAsync(string? asset = null, CancellationToken ct = default);
            }

            public interface IOKXRestClientUnifiedApiTrading
            {
                Task<WebCallResult<OKXOrderPlaceResponse>> PlaceOrderAsync(string symbol, OrderSide side, OrderType type, decimal quantity, decimal? price = null, CancellationToken ct = default);
            }
        }

        namespace OKX.Net.Clients
        {
            public class OKXRestClient : IDisposable
            {
                public OKXRestClient(Action<OKXRestOptions>? optionsDelegate = null) => throw new NotImplementedException();
                public IOKXRestClientUnifiedApi UnifiedApi => throw new NotImplementedException();
                public void SetApiCredentials(ApiCredentials credentials) => throw new NotImplementedException();
                public static void SetDefaultOptions(Action<OKXRestOptions> optionsDelegate) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }

            public class OKXSocketClient : IDisposable
            {
                public OKXSocketClient(Action<OKXSocketOptions>? optionsDelegate = null) => throw new NotImplementedException();
                public void SetApiCredentials(ApiCredentials credentials) => throw new NotImplementedException();
                public static void SetDefaultOptions(Action<OKXSocketOptions> optionsDelegate) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>
    /// CryptoExchange.Net as of 2026: ApiCredentials is abstract (Validate, Copy); CredentialSet (Key) ← HMACCredential
    /// (Secret) ← HMACPassCredential (Pass); REST results are the record HttpResult&lt;T&gt; (Success is Error == null).
    /// </summary>
    public const string CryptoExchangeNetCurrent = """
        #nullable enable
        using System;
        using System.Net;
        using System.Net.Http;

        namespace CryptoExchange.Net.Authentication
        {
            public abstract class ApiCredentials
            {
                public abstract void Validate();
                public abstract ApiCredentials Copy();
            }

            public abstract class CredentialSet : ApiCredentials
            {
                public CredentialSet() { }
                public CredentialSet(string key) => throw new NotImplementedException();
                public string Key { get; set; } = "";
                public override void Validate() => throw new NotImplementedException();
            }

            public class ApiKeyCredential : CredentialSet
            {
                public ApiKeyCredential(string key) : base(key) => throw new NotImplementedException();
                public override ApiCredentials Copy() => throw new NotImplementedException();
            }

            public class HMACCredential : CredentialSet
            {
                public HMACCredential() { }
                public HMACCredential(string key, string secret) : base(key) => throw new NotImplementedException();
                public string Secret { get; set; } = "";
                public byte[] GetSBytes() => throw new NotImplementedException();
                public override ApiCredentials Copy() => throw new NotImplementedException();
                public override void Validate() => throw new NotImplementedException();
            }

            public class HMACPassCredential : HMACCredential
            {
                public HMACPassCredential() { }
                public HMACPassCredential(string key, string secret, string pass) : base(key, secret) => throw new NotImplementedException();
                public string Pass { get; set; } = "";
                public override ApiCredentials Copy() => throw new NotImplementedException();
                public override void Validate() => throw new NotImplementedException();
            }
        }

        namespace CryptoExchange.Net.Objects
        {
            public abstract class Error
            {
                protected Error(string? errorCode, string? message, Exception? exception) => throw new NotImplementedException();
                public int? Code { get; set; }
                public string? ErrorCode { get; set; }
                public string? ErrorDescription { get; set; }
                public bool IsTransient { get; set; }
                public string? Message { get; set; }
                public Exception? Exception { get; set; }
                public override string ToString() => throw new NotImplementedException();
            }

            public class ServerError : Error
            {
                public ServerError(string? errorCode, string? message, Exception? exception = null) : base(errorCode, message, exception) => throw new NotImplementedException();
            }

            public record HttpResult
            {
                public string Exchange { get; init; } = "";
                public Error? Error { get; internal set; }
                public bool Success => Error == null;
                public string? OriginalData { get; init; }
                public HttpMethod? RequestMethod { get; init; }
                public string? RequestUrl { get; init; }
                public HttpStatusCode? ResponseStatusCode { get; init; }
                public TimeSpan? ResponseTime { get; init; }
            }

            public record HttpResult<T> : HttpResult
            {
                public HttpResult(string exchange, T? value, Error? error) => throw new NotImplementedException();
                public new Error? Error { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
                public new bool Success => Error == null;
                public T? Data { get; init; }
            }

            public static class TradeEnvironmentNames
            {
                public const string Live = "live";
                public const string Testnet = "testnet";
            }

            public class TradeEnvironment
            {
                protected TradeEnvironment(string name) => throw new NotImplementedException();
                public string Name { get; set; } = "";
            }
        }

        namespace CryptoExchange.Net.Objects.Options
        {
            using CryptoExchange.Net.Objects;

            public class ExchangeOptions
            {
                public bool OutputOriginalData { get; set; }
                public TimeSpan RequestTimeout { get; set; }
            }

            public class RestExchangeOptions : ExchangeOptions
            {
            }

            public class RestExchangeOptions<TEnvironment> : RestExchangeOptions
            {
                public TEnvironment Environment { get; set; } = default!;
            }

            public class RestExchangeOptions<TEnvironment, TApiCredentials> : RestExchangeOptions<TEnvironment>
            {
                public TApiCredentials? ApiCredentials { get; set; }
            }

            public class SocketExchangeOptions : ExchangeOptions
            {
            }

            public class SocketExchangeOptions<TEnvironment> : SocketExchangeOptions
            {
                public TEnvironment Environment { get; set; } = default!;
            }

            public class SocketExchangeOptions<TEnvironment, TApiCredentials> : SocketExchangeOptions<TEnvironment>
            {
                public TApiCredentials? ApiCredentials { get; set; }
            }

            public class LibraryOptions<TRestOptions, TSocketOptions, TEnvironment>
                where TRestOptions : new()
                where TSocketOptions : new()
            {
                public TRestOptions Rest { get; set; } = new TRestOptions();
                public TSocketOptions Socket { get; set; } = new TSocketOptions();
                public TEnvironment? Environment { get; set; }
            }

            public class LibraryOptions<TRestOptions, TSocketOptions, TApiCredentials, TEnvironment> : LibraryOptions<TRestOptions, TSocketOptions, TEnvironment>
                where TRestOptions : new()
                where TSocketOptions : new()
            {
                public TApiCredentials? ApiCredentials { get; set; }
            }
        }
        """;

    /// <summary>
    /// OKX.Net as of 2026: OKXCredentials (namespace OKX.Net) : HMACPassCredential, with WithHMAC; environments Live,
    /// Demo, Europe, EuropeDemo, Us; REST calls return HttpResult&lt;T&gt;; DI through AddOKX(options => …) or
    /// AddOKX(configuration.GetSection("OKX")).
    /// </summary>
    public const string OkxNetCurrent = """
        #nullable enable
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using CryptoExchange.Net.Authentication;
        using CryptoExchange.Net.Objects;
        using CryptoExchange.Net.Objects.Options;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using OKX.Net;
        using OKX.Net.Enums;
        using OKX.Net.Interfaces.Clients.UnifiedApi;
        using OKX.Net.Objects.Account;
        using OKX.Net.Objects.Options;
        using OKX.Net.Objects.Trade;

        namespace OKX.Net
        {
            public class OKXCredentials : HMACPassCredential
            {
                public OKXCredentials() { }
                public OKXCredentials(string key, string secret, string pass) : base(key, secret, pass) => throw new NotImplementedException();
                public OKXCredentials(HMACPassCredential credential) => throw new NotImplementedException();
                public OKXCredentials WithHMAC(string key, string secret, string pass) => throw new NotImplementedException();
                public override ApiCredentials Copy() => throw new NotImplementedException();
            }

            public class OKXEnvironment : TradeEnvironment
            {
                internal OKXEnvironment(string name) : base(name) => throw new NotImplementedException();
                public string RestClientAddress { get; } = "";
                public string SocketClientAddress { get; } = "";
                public static OKXEnvironment? GetEnvironmentByName(string? name) => throw new NotImplementedException();
                public static OKXEnvironment Live { get; } = null!;
                public static OKXEnvironment Europe { get; } = null!;
                public static OKXEnvironment EuropeDemo { get; } = null!;
                public static OKXEnvironment Us { get; } = null!;
                public static OKXEnvironment Demo { get; } = null!;
                public static OKXEnvironment CreateCustom(string name, string restAddress, string socketAddress) => throw new NotImplementedException();
            }
        }

        namespace OKX.Net.Objects.Options
        {
            public class OKXRestOptions : RestExchangeOptions<OKXEnvironment, OKXCredentials>
            {
                public OKXRestOptions() { }
                public string? BrokerId { get; set; }
            }

            public class OKXSocketOptions : SocketExchangeOptions<OKXEnvironment, OKXCredentials>
            {
                public OKXSocketOptions() { }
            }

            public class OKXOptions : LibraryOptions<OKXRestOptions, OKXSocketOptions, OKXCredentials, OKXEnvironment>
            {
            }
        }

        namespace OKX.Net.Enums
        {
            public enum OrderSide { Buy, Sell }
            public enum OrderType { Market, Limit, PostOnly, FillOrKill, ImmediateOrCancel }
        }

        namespace OKX.Net.Objects.Account
        {
            public record OKXAccountBalance
            {
                public decimal? TotalEquity { get; set; }
            }
        }

        namespace OKX.Net.Objects.Trade
        {
            public record OKXOrderPlaceResponse
            {
                public long? OrderId { get; set; }
                public string? ClientOrderId { get; set; }
                public int Code { get; set; }
                public string? Message { get; set; }
            }
        }

        namespace OKX.Net.Interfaces.Clients.UnifiedApi
        {
            public interface IOKXRestClientUnifiedApi
            {
                IOKXRestClientUnifiedApiAccount Account { get; }
                IOKXRestClientUnifiedApiTrading Trading { get; }
            }

            public interface IOKXRestClientUnifiedApiAccount
            {
                Task<HttpResult<OKXAccountBalance>> GetAccountBalanceAsync(string? asset = null, CancellationToken ct = default);
            }

            public interface IOKXRestClientUnifiedApiTrading
            {
                Task<HttpResult<OKXOrderPlaceResponse>> PlaceOrderAsync(string symbol, OrderSide side, OrderType type, decimal quantity, decimal? price = null, CancellationToken ct = default);
            }
        }

        namespace OKX.Net.Interfaces.Clients
        {
            public interface IOKXRestClient : IDisposable
            {
                IOKXRestClientUnifiedApi UnifiedApi { get; }
                void SetApiCredentials(OKXCredentials credentials);
            }
        }

        namespace OKX.Net.Clients
        {
            public class OKXRestClient : OKX.Net.Interfaces.Clients.IOKXRestClient
            {
                public OKXRestClient() => throw new NotImplementedException();
                public OKXRestClient(Action<OKXRestOptions> optionsDelegate) => throw new NotImplementedException();
                public IOKXRestClientUnifiedApi UnifiedApi => throw new NotImplementedException();
                public void SetApiCredentials(OKXCredentials credentials) => throw new NotImplementedException();
                public static void SetDefaultOptions(Action<OKXRestOptions> optionsDelegate) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }

            public class OKXSocketClient : IDisposable
            {
                public OKXSocketClient() => throw new NotImplementedException();
                public OKXSocketClient(Action<OKXSocketOptions> optionsDelegate) => throw new NotImplementedException();
                public void SetApiCredentials(OKXCredentials credentials) => throw new NotImplementedException();
                public static void SetDefaultOptions(Action<OKXSocketOptions> optionsDelegate) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            public static class ServiceCollectionExtensions
            {
                public static IServiceCollection AddOKX(this IServiceCollection services, IConfiguration configuration) => throw new NotImplementedException();
                public static IServiceCollection AddOKX(this IServiceCollection services, Action<OKXOptions>? optionsDelegate = null) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>CCXT C#: <c>new ccxt.okx(new Dictionary&lt;string, object&gt; { ["apiKey"] = …, ["secret"] = …, ["password"] = … })</c>.</summary>
    public const string Ccxt = """
        #nullable enable
        #pragma warning disable CS8981 // ccxt's exchange classes are lower-case, as in the real library
        using System;
        using System.Threading.Tasks;

        namespace ccxt
        {
            public partial class Exchange
            {
                public Exchange(object? userConfig = null) => throw new NotImplementedException();
                public string apiKey { get; set; } = "";
                public string secret { get; set; } = "";
                public string password { get; set; } = "";
                public string uid { get; set; } = "";
                public virtual Task<object> fetchBalance(object? parameters = null) => throw new NotImplementedException();
                public virtual Task<object> createOrder(string symbol, string type, string side, double amount, double? price = null, object? parameters = null) => throw new NotImplementedException();
                public virtual void setSandboxMode(bool enable) => throw new NotImplementedException();
            }

            public partial class okx : Exchange
            {
                public okx(object? userConfig = null) : base(userConfig) => throw new NotImplementedException();
            }

            // OKX's EEA exchange derives from okx in ccxt (cs/ccxt/exchanges/myokx.cs); binance is another exchange.
            public partial class myokx : okx
            {
                public myokx(object? userConfig = null) : base(userConfig) => throw new NotImplementedException();
            }

            public partial class binance : Exchange
            {
                public binance(object? userConfig = null) : base(userConfig) => throw new NotImplementedException();
            }
        }

        // ccxt.pro's WebSocket exchanges derive from the REST ones (cs/ccxt/exchanges/pro/okx.cs).
        namespace ccxt.pro
        {
            public partial class okx : ccxt.okx
            {
                public okx(object? userConfig = null) : base(userConfig) => throw new NotImplementedException();
            }

            public partial class binance : ccxt.binance
            {
                public binance(object? userConfig = null) : base(userConfig) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>A stub assembly: its real name, its source, and the stub assemblies it references.</summary>
    public sealed record StubAssembly(string AssemblyName, string Source, IReadOnlyList<string> References);

    /// <summary>The stubs of one OKX.Net generation, in dependency order.</summary>
    public static IReadOnlyList<StubAssembly> For(OkxNetShapes shapes) => shapes == OkxNetShapes.Current ? s_current : s_legacy;

    private static readonly StubAssembly[] s_legacy =
    {
        new("CryptoExchange.Net", CryptoExchangeNetLegacy, Array.Empty<string>()),
        new("OKX.Net", OkxNetLegacy, new[] { "CryptoExchange.Net" }),
        new("ccxt", Ccxt, Array.Empty<string>()),
    };

    private static readonly StubAssembly[] s_current =
    {
        new("CryptoExchange.Net", CryptoExchangeNetCurrent, Array.Empty<string>()),
        new("OKX.Net", OkxNetCurrent, new[] { "CryptoExchange.Net" }),
        new("ccxt", Ccxt, Array.Empty<string>()),
    };
}

/// <summary>Which generation of OKX.Net / CryptoExchange.Net a test project references.</summary>
public enum OkxNetShapes
{
    /// <summary>ApiCredentials(key, secret, pass), OKXCredentials : ApiCredentials (OKX.Net.Objects), WebCallResult&lt;T&gt;.</summary>
    Legacy,

    /// <summary>OKXCredentials : HMACPassCredential (OKX.Net), abstract ApiCredentials, HttpResult&lt;T&gt;, AddOKX.</summary>
    Current,
}
