using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class OkxResponsesTests
{
    [Theory]
    [InlineData("/api/v5/trade/order")]
    [InlineData("https://www.okx.com/api/v5/trade/batch-orders")]
    [InlineData("/api/v5/trade/cancel-order")]
    [InlineData("/api/v5/trade/cancel-batch-orders")]
    [InlineData("/api/v5/trade/amend-order")]
    [InlineData("/api/v5/trade/amend-batch-orders")]
    [InlineData("/api/v5/trade/order-algo")]
    [InlineData("/api/v5/trade/cancel-algos")]
    public void Order_endpoints(string path) => Assert.True(OkxResponses.IsOrderEndpointPath(path));

    [Theory]
    [InlineData("/api/v5/trade/order?instId=BTC-USDT&ordId=1")]
    [InlineData("/api/v5/trade/orders-pending")]
    [InlineData("/api/v5/trade/orders-history")]
    [InlineData("/api/v5/account/balance")]
    [InlineData(null)]
    public void Not_order_endpoints(string? path) => Assert.False(OkxResponses.IsOrderEndpointPath(path));

    [Theory]
    [InlineData("0", true)]
    [InlineData(0, true)]
    [InlineData(0L, true)]
    [InlineData("2", true)]
    [InlineData("200", false)]
    [InlineData("00000", false)]
    [InlineData("success", false)]
    [InlineData(200, false)]
    [InlineData(null, false)]
    public void Success_values(object? value, bool valid) => Assert.Equal(valid, OkxResponses.IsValidSuccessCode(value));

    [Fact]
    public void Parse_calls_and_payload_reads()
    {
        var compilation = ModelCompilation.Create("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Nodes;

            public sealed class Envelope { public string Code { get; set; } = ""; public List<int> Data { get; set; } = new(); }
            public sealed class NoCode { public List<int> Data { get; set; } = new(); }

            class C
            {
                void M(string json)
                {
                    var doc = JsonDocument.Parse(json);
                    var node = JsonNode.Parse(json)!;
                    var jo = Newtonsoft.Json.Linq.JObject.Parse(json);
                    var typed = JsonSerializer.Deserialize<Envelope>(json)!;
                    var plain = JsonSerializer.Deserialize<NoCode>(json)!;
                    Use(doc.RootElement.GetProperty("data"));
                    Use(node["data"]);
                    Use(jo["data"]);
                    Use(typed.Data);
                    Use(plain.Data);
                    Use(doc.RootElement.GetProperty("code").GetString());
                }

                void Use(object? value) { }
            }
            """);
        var operations = compilation.Operations().ToList();
        var parses = operations.OfType<IInvocationOperation>()
            .Select(i => OkxResponses.GetParseShape(i, compilation.Types))
            .Where(s => s != ResponseShape.None)
            .ToList();
        Assert.Equal(new[] { ResponseShape.JsonElement, ResponseShape.JsonNode, ResponseShape.JToken, ResponseShape.Typed }, parses);

        var reads = operations
            .Where(o => OkxResponses.TryGetPayloadRead(o, compilation.Types, CancellationToken.None, out _, out _))
            .Select(o => o.Syntax.ToString())
            .ToList();
        Assert.Equal(new[] { "doc.RootElement.GetProperty(\"data\")", "node[\"data\"]", "jo[\"data\"]", "typed.Data" }, reads);

        var codes = operations.Where(o => o is IInvocationOperation { TargetMethod.Name: "GetString" }
                                          && OkxResponses.TryGetCodeRead(o, compilation.Types, CancellationToken.None, out _)).ToList();
        Assert.Single(codes);
    }

    /// <summary>OKX005 asks IsSCodeRead only of the operations MayBeSCodeRead lets through (noted in its one body walk):
    /// the shape must let through every real sCode read, in every access style, keys from constants included.</summary>
    [Fact]
    public void SCode_reads_in_every_style_pass_the_shape_check()
    {
        var compilation = ModelCompilation.Create("""
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Nodes;

            public sealed class Item { public string SCode { get; set; } = ""; public string sMsg = ""; }
            static class Keys { public const string ItemCode = "sCode"; }

            class C
            {
                void M(JsonElement item, JsonNode node, Newtonsoft.Json.Linq.JObject jo, Item typed, Dictionary<string, string> map)
                {
                    Use(item.GetProperty("sCode"));
                    Use(item.TryGetProperty(Keys.ItemCode, out _));
                    Use(node["sCode"]);
                    Use(jo["sCode"]);
                    Use(jo.Value<string>("sCode"));
                    Use(typed.SCode);
                    Use(map[Keys.ItemCode]);
                    Use(item.GetProperty("sMsg"));
                    Use(typed.sMsg);
                    Use(map["code"]);
                }

                void Use(object? value) { }
            }
            """);
        var operations = compilation.Operations().ToList();
        var reads = operations.Where(o => OkxResponses.IsSCodeRead(o, compilation.Types, CancellationToken.None)).Select(o => o.Syntax.ToString()).ToList();
        Assert.Equal(
            new[] { "item.GetProperty(\"sCode\")", "item.TryGetProperty(Keys.ItemCode, out _)", "node[\"sCode\"]", "jo[\"sCode\"]", "jo.Value<string>(\"sCode\")", "typed.SCode", "map[Keys.ItemCode]" },
            reads);
        Assert.All(operations.Where(o => OkxResponses.IsSCodeRead(o, compilation.Types, CancellationToken.None)), o => Assert.True(OkxResponses.MayBeSCodeRead(o), o.Syntax.ToString()));

        // The shape check is cheap, not exact: the other reads of the same shapes pass it too, the rest do not.
        Assert.True(operations.Where(o => OkxResponses.MayBeSCodeRead(o)).Count() > reads.Count);
        Assert.DoesNotContain(operations, o => OkxResponses.MayBeSCodeRead(o) && o.Syntax.ToString() is "typed.sMsg" or "Use");
    }
}
