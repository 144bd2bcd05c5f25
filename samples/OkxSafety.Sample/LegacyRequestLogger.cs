using System.Diagnostics;

namespace OkxSafety.Sample;

/// <summary>
/// The bot's old request tracer, kept for the support screen: it prints the settings it starts with, the request it
/// signs (headers and all) and the passphrase it sends, and names a bad secret key in its exception message. Logs and
/// exception messages are read by many people and tools: OKX007 reports each place the secret key or the passphrase
/// is written out. The API key alone may be printed.
/// </summary>
public static class LegacyRequestLogger
{
    public static HttpRequestMessage SignedRequest(OkxSettings settings, string requestPath, string timestamp, string sign)
    {
        if (settings.SecretKey.Length != 32)
        {
            throw new InvalidOperationException("The OKX secret key " + settings.SecretKey + " is not 32 characters long.");
        }

        Console.WriteLine("[okx] starting with " + settings);
        var request = new HttpRequestMessage(HttpMethod.Get, requestPath);
        request.Headers.Add("OK-ACCESS-KEY", settings.ApiKey);
        request.Headers.Add("OK-ACCESS-SIGN", sign);
        request.Headers.Add("OK-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("OK-ACCESS-PASSPHRASE", settings.Passphrase);

        Console.WriteLine($"[okx] {request.Method} {requestPath} key={settings.ApiKey}");
        Trace.WriteLine("[okx] headers: " + request.Headers);
        Debug.WriteLine($"[okx] passphrase={settings.Passphrase}");
        return request;
    }
}
