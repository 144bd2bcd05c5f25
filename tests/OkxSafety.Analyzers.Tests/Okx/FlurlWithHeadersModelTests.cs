using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>
/// The header model reads Flurl's WithHeaders(object): an anonymous object's properties are headers (Flurl sends each
/// '_' of a property name as '-', unless replaceUnderscoreWithHyphen is false), a dictionary's entries are headers as
/// they are, and both write to the Flurl request the call is made on.
/// </summary>
public sealed class FlurlWithHeadersModelTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Flurl.Http;\n";

    [Fact]
    public void Anonymous_object_properties_are_writes_of_the_hyphenated_headers_to_the_chain()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                IFlurlRequest M(string key, string sign, string ts, string pass) =>
                    "https://www.okx.com/api/v5/account/balance"
                        .WithHeaders(new { OK_ACCESS_KEY = key, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = ts, x_simulated_trading = "1" })
                        .WithHeader("OK-ACCESS-PASSPHRASE", pass);
            }
            """).HeaderWrites();

        Assert.Equal(5, writes.Count);
        var key = writes.Single(w => w.Header == OkxHeader.AccessKey);
        Assert.Equal(HeaderWriteForm.AnonymousObjectProperty, key.Form);
        Assert.Equal("OK-ACCESS-KEY", key.Name);
        Assert.Equal(CredentialKind.ApiKey, key.Credential);
        Assert.Equal("key", key.ValueOperation.Syntax.ToString());
        Assert.Equal("OK_ACCESS_KEY = key", key.Operation.Syntax.ToString());
        Assert.Equal("OK_ACCESS_KEY", key.NameOperation.Syntax.ToString());
        Assert.Equal(HeaderBagKind.FluentRequest, key.Bag.Kind);
        Assert.Contains(writes, w => w.Header == OkxHeader.AccessSign);
        Assert.Contains(writes, w => w.Header == OkxHeader.AccessTimestamp);
        Assert.Contains(writes, w => w.Header == OkxHeader.SimulatedTrading);
        var passphrase = writes.Single(w => w.Header == OkxHeader.AccessPassphrase);
        Assert.Equal(HeaderWriteForm.WithHeader, passphrase.Form);
        Assert.All(writes, w => Assert.Equal(passphrase.Bag, w.Bag));
    }

    [Fact]
    public void Dictionary_entries_given_to_WithHeaders_write_to_the_chain()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                IFlurlRequest M(string key, string pass) =>
                    "https://www.okx.com/api/v5/account/balance"
                        .WithHeaders(new Dictionary<string, string> { ["OK-ACCESS-KEY"] = key, ["OK_ACCESS_SIGN"] = key })
                        .WithHeader("OK-ACCESS-PASSPHRASE", pass);
            }
            """).HeaderWrites();

        var key = writes.Single(w => w.Header == OkxHeader.AccessKey);
        Assert.Equal(HeaderWriteForm.IndexInitializerElement, key.Form);
        Assert.Equal(HeaderBagKind.FluentRequest, key.Bag.Kind);
        var passphrase = writes.Single(w => w.Header == OkxHeader.AccessPassphrase);
        Assert.Equal(passphrase.Bag, key.Bag);

        // Dictionary keys are sent as written: Flurl replaces underscores only in property names.
        var underscored = writes.Single(w => w.Name == "OK_ACCESS_SIGN");
        Assert.Equal(OkxHeader.None, underscored.Header);
    }

    [Fact]
    public void Without_underscore_replacement_the_properties_are_not_OKX_headers()
    {
        var writes = ModelCompilation.Create(Usings + """
            class C
            {
                IFlurlRequest Kept(string key) => "https://www.okx.com/api/v5/account/balance".WithHeaders(new { OK_ACCESS_KEY = key }, false);
                IFlurlRequest Unknown(string key, bool replace) => "https://www.okx.com/api/v5/account/balance".WithHeaders(new { OK_ACCESS_KEY = key }, replace);
                IFlurlRequest Explicit(string key) => "https://www.okx.com/api/v5/account/balance".WithHeaders(new { OK_ACCESS_KEY = key }, replaceUnderscoreWithHyphen: true);
            }
            """).HeaderWrites();

        var write = Assert.Single(writes);
        Assert.Equal(OkxHeader.AccessKey, write.Header);
        Assert.Contains("replaceUnderscoreWithHyphen: true", write.Operation.Syntax.Parent!.Parent!.Parent!.Parent!.ToString());
    }

    [Fact]
    public void Anonymous_objects_that_are_not_Flurl_headers_are_not_header_writes()
    {
        var writes = ModelCompilation.Create(Usings + """
            static class Mine
            {
                public static string WithHeaders(this string url, object headers) => url;
                public static void Send(object body) { }
            }

            class C
            {
                void M(string key, string sign, string ts)
                {
                    var body = new { OK_ACCESS_KEY = key, OK_ACCESS_SIGN = sign, OK_ACCESS_TIMESTAMP = ts };
                    Mine.Send(new { OK_ACCESS_KEY = key });
                    _ = "https://www.okx.com/api/v5/account/balance".WithHeaders(new { OK_ACCESS_KEY = key });
                    _ = GeneratedExtensions.WithHeaders("https://www.okx.com/api/v5/account/balance", new Dictionary<string, string> { ["Content-Type"] = "application/json" });
                }
            }
            """).HeaderWrites();

        Assert.Empty(writes);
    }
}
