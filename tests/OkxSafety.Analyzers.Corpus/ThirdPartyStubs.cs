namespace OkxSafety.Analyzers.Corpus;

/// <summary>Source stubs for the third-party shapes the second OKX flavour uses, in their real namespaces.</summary>
internal static class ThirdPartyStubs
{
    public const string Text = """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration
            {
                string? this[string key] { get; set; }

                IConfigurationSection GetSection(string key);
            }

            public interface IConfigurationSection : IConfiguration
            {
                string Key { get; }

                string Path { get; }

                string? Value { get; set; }
            }
        }

        namespace CryptoExchange.Net.Authentication
        {
            public class ApiCredentials
            {
                public ApiCredentials(string key, string secret)
                {
                    Key = key;
                    Secret = secret;
                }

                public ApiCredentials(string key, string secret, string pass)
                    : this(key, secret)
                {
                    Pass = pass;
                }

                public string Key { get; }

                public string Secret { get; }

                public string? Pass { get; }
            }
        }

        namespace OKX.Net.Objects
        {
            public class OKXCredentials : CryptoExchange.Net.Authentication.ApiCredentials
            {
                public OKXCredentials(string apiKey, string apiSecret, string apiPassPhrase)
                    : base(apiKey, apiSecret, apiPassPhrase)
                {
                }
            }
        }

        namespace ccxt
        {
            public class Exchange
            {
                public Exchange(object? userConfig = null)
                {
                    UserConfig = userConfig;
                }

                public object? UserConfig { get; }

                public virtual Task<Dictionary<string, object>> fetchBalance(Dictionary<string, object>? parameters = null) =>
                    Task.FromResult(new Dictionary<string, object>());

                public virtual Task<Dictionary<string, object>> createOrder(string symbol, string type, string side, double amount, double? price = null) =>
                    Task.FromResult(new Dictionary<string, object>());
            }

            public class okx : Exchange
            {
                public okx(object? userConfig = null)
                    : base(userConfig)
                {
                }
            }
        }

        """;
}
