using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class HeaderWritesTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Net.Http;\n";

    [Fact]
    public void Request_headers_add_is_a_write_to_the_request_bag()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                void M(string key)
                {
                    var request = new HttpRequestMessage();
                    request.Headers.Add("OK-ACCESS-KEY", key);
                    request.Headers.TryAddWithoutValidation("ok-access-passphrase", key);
                }
            }
            """).HeaderWrites();

        Assert.Equal(2, writes.Count);
        Assert.Equal(HeaderWriteForm.HttpHeadersAdd, writes[0].Form);
        Assert.Equal(HeaderWriteForm.HttpHeadersTryAddWithoutValidation, writes[1].Form);
        Assert.Equal(OkxHeader.AccessKey, writes[0].Header);
        Assert.Equal(OkxHeader.AccessPassphrase, writes[1].Header);
        Assert.Equal(CredentialKind.Passphrase, writes[1].Credential);
        Assert.Equal(HeaderBagKind.RequestHeaders, writes[0].Bag.Kind);
        Assert.Equal("request", writes[0].Bag.Holder!.Name);
        Assert.Equal("Headers", writes[0].Bag.Member);
        Assert.Equal(writes[0].Bag, writes[1].Bag);
        Assert.False(writes[0].Bag.IsTypeScoped);
        Assert.Equal("key", writes[0].ValueOperation.Syntax.ToString());
    }

    [Fact]
    public void Default_request_headers_of_a_field_are_type_scoped_and_names_resolve_through_constants()
    {
        var writes = ModelCompilation.Create(Usings + """
            static class Names { public const string Key = "OK-ACCESS-KEY"; public static readonly string Sign = "OK-ACCESS-SIGN"; }
            class C
            {
                private readonly HttpClient _client = new HttpClient();
                void M(string key) => _client.DefaultRequestHeaders.Add(Names.Key, key);
                void N(string sign) => _client.DefaultRequestHeaders.Add(Names.Sign, sign);
            }
            """).HeaderWrites();

        Assert.Equal(2, writes.Count);
        Assert.Equal(OkxHeader.AccessKey, writes[0].Header);
        Assert.Equal(OkxHeader.AccessSign, writes[1].Header);
        Assert.Equal(HeaderBagKind.DefaultRequestHeaders, writes[0].Bag.Kind);
        Assert.True(writes[0].Bag.IsTypeScoped);
        Assert.Equal(writes[0].Bag, writes[1].Bag);
    }

    [Fact]
    public void Dictionary_add_indexer_and_initializers_write_to_one_bag()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                void M(string key, string sign)
                {
                    var headers = new Dictionary<string, string> { { "OK-ACCESS-KEY", key } };
                    headers.Add("OK-ACCESS-TIMESTAMP", "t");
                    headers["OK-ACCESS-PASSPHRASE"] = "p";
                    var other = new Dictionary<string, string> { ["OK-ACCESS-SIGN"] = sign };
                }
            }
            """).HeaderWrites();

        Assert.Equal(
            new[] { HeaderWriteForm.CollectionInitializerElement, HeaderWriteForm.DictionaryAdd, HeaderWriteForm.Indexer, HeaderWriteForm.IndexInitializerElement },
            writes.Select(w => w.Form));
        Assert.All(writes, w => Assert.Equal(HeaderBagKind.Dictionary, w.Bag.Kind));
        Assert.Single(writes.Take(3).Select(w => w.Bag).Distinct());
        Assert.Equal("other", writes[3].Bag.Holder!.Name);
        Assert.Equal("headers", writes[0].Bag.Holder!.Name);
    }

    [Fact]
    public void Dictionaries_that_are_not_headers_are_not_header_writes()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                void M()
                {
                    var prices = new Dictionary<string, string> { { "BTC-USDT", "1" } };
                    prices["ETH-USDT"] = "2";
                    prices.Add("instId", "BTC-USDT");
                }
            }
            """).HeaderWrites();

        Assert.Empty(writes);
    }

    [Fact]
    public void Header_named_dictionary_counts_for_any_header_name()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                private readonly Dictionary<string, string> _defaultHeaders = new();
                void M() => _defaultHeaders["Accept"] = "application/json";
            }
            """).HeaderWrites();

        var write = Assert.Single(writes);
        Assert.Equal(OkxHeader.None, write.Header);
        Assert.True(write.Bag.IsTypeScoped);
    }

    [Fact]
    public void Request_initializer_and_later_adds_share_the_request_bag()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                void M(string key)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "/api/v5/account/balance") { Headers = { { "OK-ACCESS-KEY", key } } };
                    request.Headers.Add("OK-ACCESS-PASSPHRASE", key);
                }
            }
            """).HeaderWrites();

        Assert.Equal(2, writes.Count);
        Assert.Equal(writes[0].Bag, writes[1].Bag);
        Assert.Equal("Headers", writes[0].Bag.Member);
    }

    [Fact]
    public void Fluent_chains_share_their_root_as_the_bag()
    {
        var writes = ModelCompilation.Create(Usings + """
            using RestSharp; using Flurl.Http;
            class C
            {
                void M(string key)
                {
                    var request = new RestRequest("/api/v5/account/balance");
                    request.AddHeader("OK-ACCESS-KEY", key);
                    request.AddHeader("OK-ACCESS-SIGN", key);
                    var flurl = "https://www.okx.com/api/v5/account/balance".WithHeader("OK-ACCESS-KEY", key).WithHeader("OK-ACCESS-SIGN", key);
                }
            }
            """).HeaderWrites();

        Assert.Equal(4, writes.Count);
        Assert.Equal(HeaderWriteForm.AddHeader, writes[0].Form);
        Assert.Equal(writes[0].Bag, writes[1].Bag);
        Assert.Equal(HeaderWriteForm.WithHeader, writes[2].Form);
        Assert.Equal(HeaderBagKind.FluentRequest, writes[2].Bag.Kind);
        Assert.Equal(writes[2].Bag, writes[3].Bag);
        Assert.NotEqual(writes[0].Bag, writes[2].Bag);
    }

    [Fact]
    public void Two_requests_are_two_bags()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                void M(string key)
                {
                    var first = new HttpRequestMessage();
                    var second = new HttpRequestMessage();
                    first.Headers.Add("OK-ACCESS-KEY", key);
                    second.Headers.Add("OK-ACCESS-KEY", key);
                }
            }
            """).HeaderWrites();

        Assert.NotEqual(writes[0].Bag, writes[1].Bag);
    }
}
