namespace OkxSafety.Analyzers.Tests.Verifiers;

/// <summary>
/// C# source stubs with the public shape of the third-party SDKs the rules look at. The harness compiles each
/// one once into an in-memory assembly with the real assembly name and references it from every test
/// compilation (<c>IncludeStubs</c>, on by default), so analyzers see them as metadata, like a real package.
/// Only shapes: every body throws. Keep names and signatures those of the real public API.
/// Framework types (System.Text.Json, HttpClient, HMACSHA256, …) come from the running runtime instead.
/// </summary>
public static class Stubs
{
    /// <summary>Microsoft.Extensions.Configuration(.Abstractions/.Binder/.Json/.EnvironmentVariables).</summary>
    public const string MicrosoftExtensionsConfiguration = """
        #nullable enable
        using System;
        using System.Collections.Generic;

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration
            {
                string? this[string key] { get; set; }
                IConfigurationSection GetSection(string key);
                IEnumerable<IConfigurationSection> GetChildren();
            }

            public interface IConfigurationSection : IConfiguration
            {
                string Key { get; }
                string Path { get; }
                string? Value { get; set; }
            }

            public interface IConfigurationRoot : IConfiguration
            {
                void Reload();
            }

            public interface IConfigurationBuilder
            {
                IConfigurationRoot Build();
            }

            public class ConfigurationBuilder : IConfigurationBuilder
            {
                public IConfigurationRoot Build() => throw new NotImplementedException();
            }

            public static class ConfigurationBinder
            {
                public static T? GetValue<T>(this IConfiguration configuration, string key) => throw new NotImplementedException();
                public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => throw new NotImplementedException();
                public static T? Get<T>(this IConfiguration configuration) => throw new NotImplementedException();
                public static void Bind(this IConfiguration configuration, object? instance) => throw new NotImplementedException();
                public static void Bind(this IConfiguration configuration, string key, object? instance) => throw new NotImplementedException();
            }

            public static class ConfigurationExtensions
            {
                public static string? GetConnectionString(this IConfiguration configuration, string name) => throw new NotImplementedException();
                public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => throw new NotImplementedException();
                public static bool Exists(this IConfigurationSection? section) => throw new NotImplementedException();
            }

            public static class JsonConfigurationExtensions
            {
                public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path) => throw new NotImplementedException();
                public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional) => throw new NotImplementedException();
                public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional, bool reloadOnChange) => throw new NotImplementedException();
            }

            public static class EnvironmentVariablesExtensions
            {
                public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder) => throw new NotImplementedException();
                public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder, string? prefix) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>CryptoExchange.Net: ApiCredentials, CallResult / WebCallResult, Error, TradeEnvironment.</summary>
    public const string CryptoExchangeNet = """
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

    /// <summary>OKX.Net (JKorf): credentials, environment, options, REST / socket clients, a few API calls.</summary>
    public const string OkxNet = """
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
        }
        """;

    /// <summary>RestSharp: RestRequest (AddHeader), RestClient.ExecuteAsync, RestResponse.</summary>
    public const string RestSharp = """
        #nullable enable
        using System;
        using System.Net;
        using System.Threading;
        using System.Threading.Tasks;

        namespace RestSharp
        {
            public enum Method { Get, Post, Put, Delete, Head, Options, Patch, Merge, Copy, Search }

            public class RestRequest
            {
                public RestRequest() => throw new NotImplementedException();
                public RestRequest(string? resource, Method method = Method.Get) => throw new NotImplementedException();
                public string? Resource { get; set; }
                public Method Method { get; set; }
                public RestRequest AddHeader(string name, string value) => throw new NotImplementedException();
                public RestRequest AddParameter(string name, string? value) => throw new NotImplementedException();
                public RestRequest AddStringBody(string body, string contentType) => throw new NotImplementedException();
            }

            public class RestResponse
            {
                public string? Content { get; set; }
                public HttpStatusCode StatusCode { get; set; }
                public bool IsSuccessful { get; set; }
                public string? ErrorMessage { get; set; }
            }

            public class RestClientOptions
            {
                public RestClientOptions() => throw new NotImplementedException();
                public RestClientOptions(string baseUrl) => throw new NotImplementedException();
                public Uri? BaseUrl { get; set; }
            }

            public class RestClient : IDisposable
            {
                public RestClient() => throw new NotImplementedException();
                public RestClient(string baseUrl) => throw new NotImplementedException();
                public RestClient(RestClientOptions options) => throw new NotImplementedException();
                public Task<RestResponse> ExecuteAsync(RestRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public void Dispose() => throw new NotImplementedException();
            }

            public static class RestClientExtensions
            {
                public static RestClient AddDefaultHeader(this RestClient client, string name, string value) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>Flurl.Http: WithHeader on a URL string or a request, GetAsync / PostJsonAsync, IFlurlResponse.</summary>
    public const string Flurl = """
        #nullable enable
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Flurl.Http
        {
            public interface IFlurlRequest
            {
                Task<IFlurlResponse> SendAsync(HttpMethod verb, HttpContent? content = null, CancellationToken cancellationToken = default);
            }

            public interface IFlurlResponse : IDisposable
            {
                int StatusCode { get; }
                Task<string> GetStringAsync();
                Task<T> GetJsonAsync<T>();
            }

            public class FlurlRequest : IFlurlRequest
            {
                public FlurlRequest(string? url = null) => throw new NotImplementedException();
                public Task<IFlurlResponse> SendAsync(HttpMethod verb, HttpContent? content = null, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }

            public static class GeneratedExtensions
            {
                public static IFlurlRequest WithHeader(this string url, string name, object value) => throw new NotImplementedException();
                public static IFlurlRequest WithHeaders(this string url, object headers) => throw new NotImplementedException();
                public static Task<IFlurlResponse> GetAsync(this string url, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<string> GetStringAsync(this string url, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<IFlurlResponse> GetAsync(this IFlurlRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<string> GetStringAsync(this IFlurlRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<T> GetJsonAsync<T>(this IFlurlRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<IFlurlResponse> PostStringAsync(this IFlurlRequest request, string body, CancellationToken cancellationToken = default) => throw new NotImplementedException();
                public static Task<IFlurlResponse> PostJsonAsync(this IFlurlRequest request, object body, CancellationToken cancellationToken = default) => throw new NotImplementedException();
            }

            public static class HeaderExtensions
            {
                public static IFlurlRequest WithHeader(this IFlurlRequest request, string name, object value) => throw new NotImplementedException();
                public static IFlurlRequest WithHeaders(this IFlurlRequest request, object headers) => throw new NotImplementedException();
            }
        }
        """;

    /// <summary>Newtonsoft.Json: JsonConvert, JToken / JObject / JArray / JValue.</summary>
    public const string NewtonsoftJson = """
        #nullable enable
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;

        namespace Newtonsoft.Json
        {
            public static class JsonConvert
            {
                public static string SerializeObject(object? value) => throw new NotImplementedException();
                public static T? DeserializeObject<T>(string value) => throw new NotImplementedException();
                public static object? DeserializeObject(string value) => throw new NotImplementedException();
            }
        }

        namespace Newtonsoft.Json.Linq
        {
            public abstract class JToken : IEnumerable<JToken>
            {
                internal JToken() { }
                public virtual JToken? this[object key] { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
                public virtual T? Value<T>(object key) => throw new NotImplementedException();
                public JToken? SelectToken(string path) => throw new NotImplementedException();
                public T? ToObject<T>() => throw new NotImplementedException();
                public static JToken Parse(string json) => throw new NotImplementedException();
                public override string ToString() => throw new NotImplementedException();
                public IEnumerator<JToken> GetEnumerator() => throw new NotImplementedException();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public static explicit operator string?(JToken? value) => throw new NotImplementedException();
                public static explicit operator int(JToken value) => throw new NotImplementedException();
                public static explicit operator long(JToken value) => throw new NotImplementedException();
                public static explicit operator decimal(JToken value) => throw new NotImplementedException();
                public static explicit operator double(JToken value) => throw new NotImplementedException();
                public static explicit operator bool(JToken value) => throw new NotImplementedException();
            }

            public abstract class JContainer : JToken
            {
                internal JContainer() { }
                public int Count => throw new NotImplementedException();
            }

            public class JObject : JContainer
            {
                public JObject() => throw new NotImplementedException();
                public JToken? this[string propertyName] { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
                public bool TryGetValue(string propertyName, [NotNullWhen(true)] out JToken? value) => throw new NotImplementedException();
                public new static JObject Parse(string json) => throw new NotImplementedException();
            }

            public class JArray : JContainer
            {
                public JArray() => throw new NotImplementedException();
                public JToken this[int index] { get => throw new NotImplementedException(); set => throw new NotImplementedException(); }
                public new static JArray Parse(string json) => throw new NotImplementedException();
            }

            public class JValue : JToken
            {
                public JValue(object? value) => throw new NotImplementedException();
                public object? Value { get; set; }
            }
        }
        """;

    /// <summary>A stub assembly: its real name, its source, and the stub assemblies it references.</summary>
    public sealed record StubAssembly(string AssemblyName, string Source, IReadOnlyList<string> References);

    /// <summary>Every stub, in dependency order.</summary>
    public static IReadOnlyList<StubAssembly> All { get; } = new StubAssembly[]
    {
        new("Microsoft.Extensions.Configuration.Abstractions", MicrosoftExtensionsConfiguration, Array.Empty<string>()),
        new("CryptoExchange.Net", CryptoExchangeNet, Array.Empty<string>()),
        new("OKX.Net", OkxNet, new[] { "CryptoExchange.Net" }),
        new("ccxt", Ccxt, Array.Empty<string>()),
        new("RestSharp", RestSharp, Array.Empty<string>()),
        new("Flurl.Http", Flurl, Array.Empty<string>()),
        new("Newtonsoft.Json", NewtonsoftJson, Array.Empty<string>()),
    };
}
