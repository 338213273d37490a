#pragma once

#include <QObject>

namespace gatehouse {

// Desktop notifications through the freedesktop Notifications D-Bus service
// (GNOME, KDE, and most other desktops). Without one, notifications are
// logged and dropped; the console keeps working.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    void notify(const QString &summary, const QString &body);
    int sent() const { return m_sent; }

Q_SIGNALS:
    void notified(const QString &summary, const QString &body);

private:
    int m_sent = 0;
};

} // namespace gatehouse
