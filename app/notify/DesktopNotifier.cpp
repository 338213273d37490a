#include "DesktopNotifier.h"

#include "AppLogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>

namespace gatehouse {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    ++m_sent;
    Q_EMIT notified(summary, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcApp) << "no session bus; notification not shown:" << summary;
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.freedesktop.Notifications"_qs, u"/org/freedesktop/Notifications"_qs,
        u"org.freedesktop.Notifications"_qs, u"Notify"_qs);
    call << u"Gatehouse"_qs << uint(0) << u"io.gatehouse.Gatehouse"_qs << summary << body
         << QStringList() << QVariantMap{{u"desktop-entry"_qs, u"io.gatehouse.Gatehouse"_qs}}
         << int(-1);
    bus.asyncCall(call); // fire and forget: a missing service must not block the UI
}

} // namespace gatehouse
