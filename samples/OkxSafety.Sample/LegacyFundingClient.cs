using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OkxSafety.Sample;

/// <summary>
/// The bot's first funding-account client, kept for the asset-transfer screen. It signs its requests but never sends
/// OK-ACCESS-PASSPHRASE, so OKX answers every call with 50104 (OKX003).
/// </summary>
public sealed class LegacyFundingClient : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://www.okx.com") };
    private readonly OkxSettings _settings;

    public LegacyFundingClient(OkxSettings settings)
    {
        _settings = settings;
    }

    public async Task<string?> GetFundingBalanceAsync(string currency)
    {
        var requestPath = "/api/v5/asset/balances?ccy=" + currency;
        var timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Get, requestPath);
        request.Headers.Add("OK-ACCESS-KEY", _settings.ApiKey);
        request.Headers.Add("OK-ACCESS-SIGN", Sign(timestamp + "GET" + requestPath));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);

        using var response = await _http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        if (root.GetProperty("code").GetString() != "0")
        {
            throw new InvalidOperationException($"OKX error {root.GetProperty("code").GetString()}: {root.GetProperty("msg").GetString()}");
        }

        return root.GetProperty("data")[0].GetProperty("availBal").GetString();
    }

    private string Sign(string prehash)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_settings.SecretKey));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
    }

    public void Dispose() => _http.Dispose();
}
