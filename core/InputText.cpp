#include "InputText.h"

namespace gatehouse {

namespace {

QString codePoint(char32_t c)
{
    return u"U+"_qs + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// The problem with one code point in any text, or nullptr.
const char *textRule(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return "a control character";
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
        c == 0x200f || c == 0x061c)
        return "a bidirectional control character";
    if ((c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff)
        return "a zero-width character";
    if (c == 0x2028 || c == 0x2029)
        return "a line or paragraph separator";
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        return "a noncharacter";
    return nullptr;
}

template<typename Rule> QString firstProblem(QStringView text, Rule rule)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return u"contains a lone surrogate (%1)"_qs.arg(codePoint(cp));
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isLowSurrogate()) {
            return u"contains a lone surrogate (%1)"_qs.arg(codePoint(cp));
        }
        if (const char *what = rule(cp))
            return u"contains %1 (%2)"_qs.arg(QLatin1String(what), codePoint(cp));
    }
    return {};
}

} // namespace

QString textProblem(QStringView text)
{
    return firstProblem(text, textRule);
}

QString identifierProblem(QStringView text)
{
    return firstProblem(text, [](char32_t c) -> const char * {
        if (const char *what = textRule(c))
            return what;
        if (c != u' ' && QChar::isSpace(c))
            return "a space other than U+0020";
        if (QChar::category(c) == QChar::Other_Format)
            return "an invisible format character";
        return nullptr;
    });
}

} // namespace gatehouse
