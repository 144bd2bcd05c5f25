using System.Security.Cryptography;
using System.Text;

namespace OkxSafety.Sample;

/// <summary>
/// The bot's first OKX signer, ported from its Binance one (OKX006): a Unix timestamp read twice, the path without
/// its query string, a hex signature. OKX answers 50112 and 50113. <see cref="OkxRestClient"/> does it right.
/// </summary>
public sealed class LegacySigner
{
    private readonly OkxSettings _settings;

    public LegacySigner(OkxSettings settings)
    {
        _settings = settings;
    }

    public void SignRequest(HttpRequestMessage request, string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var prehash = timestamp + request.Method.Method + request.RequestUri!.AbsolutePath + body;
        request.Headers.Add("OK-ACCESS-SIGN", Sign(prehash));
        request.Headers.Add("OK-ACCESS-TIMESTAMP", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString());
        request.Headers.Add("OK-ACCESS-KEY", _settings.ApiKey);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", _settings.Passphrase);
    }

    private string Sign(string prehash)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_settings.SecretKey));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(prehash)));
    }
}
