#include "Clock.h"

namespace gatehouse {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime AdjustableClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load());
}

void AdjustableClock::advance(std::chrono::milliseconds step)
{
    if (step.count() > 0)
        m_offsetMs.fetch_add(step.count());
}

} // namespace gatehouse
