#pragma once

#include <QtGlobal>

#include <functional>

namespace gatehouse::server {

// Where Caddy's access log comes from: a file followed (AccessLogIngest) or
// Caddy's net writer (AccessLogReceiver). The API and /metrics report these
// numbers the same way for both.
class AccessLogSource
{
public:
    virtual ~AccessLogSource() = default;

    // Totals kept in the store, so a restart continues them.
    virtual qint64 linesStored() const = 0;
    virtual qint64 linesMalformed() const = 0;
    // Bytes received or written but not stored yet.
    virtual qint64 lagBytes() const = 0;

    // Called, on the source's thread, whenever these numbers may have changed
    // (so an owner on another thread can keep a copy of them fresh).
    void setOnChange(std::function<void()> onChange) { m_onChange = std::move(onChange); }

protected:
    void changed() const
    {
        if (m_onChange)
            m_onChange();
    }

private:
    std::function<void()> m_onChange;
};

} // namespace gatehouse::server
