#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>

namespace gatehouse {

// Where "now" comes from for decisions about time (grant expiry, lapsed
// requests). The system clock, except in tests that move time forward
// instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    static const Clock &system();
};

// The system clock plus an offset that only grows. Test configurations only:
// gatehoused uses it when [testing] adjustable_clock is set, never by default.
class AdjustableClock final : public Clock
{
public:
    QDateTime now() const override;
    // Moves time forward; a step that is not positive is ignored.
    void advance(std::chrono::milliseconds step);
    std::chrono::milliseconds offset() const { return std::chrono::milliseconds(m_offsetMs); }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace gatehouse
