using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OkxSafety.Sample;

/// <summary>
/// The bot's first WebSocket login (kept for old deployments): the key set comes from a text file with the API key,
/// the secret key and the passphrase on three lines. Editors and `echo` leave a trailing space or "\r" on those
/// lines, and nothing here trims them: OKX002 reports each line where it is read.
/// </summary>
public static class LegacyOkxKeyFileLogin
{
    public const string DefaultKeyFile = "okx-keys.txt";

    /// <summary>The {"op":"login"} message for wss://ws.okx.com:8443/ws/v5/private.</summary>
    public static string BuildLoginMessage(string keyFile = DefaultKeyFile)
    {
        var lines = File.ReadAllLines(keyFile);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(lines[1]));
        var sign = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "GET" + "/users/self/verify")));
        return JsonSerializer.Serialize(new
        {
            op = "login",
            args = new[] { new { apiKey = lines[0], passphrase = lines[2], timestamp, sign } },
        });
    }
}
