// Feeds arbitrary bytes to the JWT parser and validator, and arbitrary JSON
// to the JWK reader: nothing may crash, leak or read out of bounds.
#include "identity/Jwk.h"
#include "identity/TokenValidator.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace gatehouse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto doc = QJsonDocument::fromJson(input);
    const JwkSet keys = JwkSet::fromJson(doc.object());
    TokenRules rules;
    rules.issuer = u"https://idp.example.test"_qs;
    rules.audiences = {u"a"_qs};
    (void)validateToken(input, keys, rules);
    return 0;
}
