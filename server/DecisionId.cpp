#include "DecisionId.h"

#include <QRandomGenerator64>

namespace gatehouse::server {

// A time-ordered (version 7, RFC 9562) UUID for each decision: the time in
// milliseconds, then random bits from a generator of this thread's seeded
// once from the system's (QUuid::createUuid asks the system's generator each
// time, a lock and often a syscall). Ids that grow with time keep the
// decisions' primary-key index appending instead of touching a random page
// per decision.
QString newDecisionId(qint64 unixMs)
{
    // Seeded with 256 bits from the system, so that the streams of two
    // threads or replicas do not meet in practice.
    thread_local QRandomGenerator64 random = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed);
    }();
    const quint64 hi = (quint64(unixMs) << 16) | 0x7000 | (random.generate() & 0x0fff);
    const quint64 lo = (random.generate64() >> 2) | (quint64(0x8) << 60); // variant 10
    static constexpr char kHex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    const auto put = [&](quint64 value, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4)
            text[at++] = kHex[(value >> shift) & 0xf];
    };
    put(hi >> 32, 8);
    text[at++] = '-';
    put(hi >> 16, 4);
    text[at++] = '-';
    put(hi, 4);
    text[at++] = '-';
    put(lo >> 48, 4);
    text[at++] = '-';
    put(lo, 12);
    return QString::fromLatin1(text, 36);
}

} // namespace gatehouse::server
