using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OkxSafety.Sample;

/// <summary>Signed OKX v5 REST calls, done right: all four OK-ACCESS headers, demo header by intent, code checked.</summary>
public sealed class OkxRestClient : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
    private readonly OkxSettings _settings;

    public OkxRestClient(OkxSettings settings)
    {
        _settings = settings;
    }

    public async Task<decimal> GetAvailableBalanceAsync(string currency)
    {
        using var document = await SendAsync(HttpMethod.Get, "/api/v5/account/balance?ccy=" + currency, body: "");
        var root = document.RootElement;
        if (root.GetProperty("code").GetString() != "0")
        {
            throw new InvalidOperationException($"OKX error {root.GetProperty("code").GetString()}: {root.GetProperty("msg").GetString()}");
        }

        var details = root.GetProperty("data")[0].GetProperty("details");
        foreach (var detail in details.EnumerateArray())
        {
            if (detail.GetProperty("ccy").GetString() == currency)
            {
                return decimal.Parse(detail.GetProperty("availBal").GetString() ?? "0", CultureInfo.InvariantCulture);
            }
        }

        return 0m;
    }

    public async Task<string?> PlaceLimitOrderAsync(string instrument, string side, string size, string price)
    {
        var body = JsonSerializer.Serialize(new { instId = instrument, tdMode = "cash", side, ordType = "limit", sz = size, px = price });
        using var document = await SendAsync(HttpMethod.Post, "/api/v5/trade/order", body);
        var root = document.RootElement;
        if (root.GetProperty("code").GetString() != "0")
        {
            throw new InvalidOperationException($"OKX error {root.GetProperty("code").GetString()}: {root.GetProperty("msg").GetString()}");
        }

        var item = root.GetProperty("data")[0];
        if (item.GetProperty("sCode").GetString() != "0")
        {
            throw new InvalidOperationException($"OKX order error {item.GetProperty("sCode").GetString()}: {item.GetProperty("sMsg").GetString()}");
        }

        return item.GetProperty("ordId").GetString();
    }

    private async Task<JsonDocument> SendAsync(HttpMethod method, string requestPath, string body)
    {
        var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(method, requestPath);
        request.Headers.Add("OK-ACCESS-KEY", _settings.ApiKey);
        request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + method.Method + requestPath + body));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", _settings.Passphrase);
        request.Headers.Add("x-simulated-trading", _settings.UseDemo ? "1" : "0");
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private string Sign(string prehash)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_settings.SecretKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
    }

    public void Dispose() => _http.Dispose();
}
