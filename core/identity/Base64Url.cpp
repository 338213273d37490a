#include "Base64Url.h"

namespace gatehouse::base64url {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QByteArray encode(const QByteArray &data)
{
    return data.toBase64(kOptions);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return std::nullopt;
    }
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

} // namespace gatehouse::base64url
