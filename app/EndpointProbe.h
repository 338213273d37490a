#pragma once

#include "Profile.h"

#include <QObject>

class QNetworkAccessManager;

namespace gatehouse {

class EndpointStatusModel;

// Checks that the control plane answers /healthz and that the identity
// provider's discovery document names the configured issuer.
class EndpointProbe : public QObject
{
    Q_OBJECT
public:
    EndpointProbe(const Profile &profile, EndpointStatusModel *model, QNetworkAccessManager *nam,
                  QObject *parent = nullptr);

    static inline const QString kControlPlane = u"control-plane"_qs;
    static inline const QString kIdentityProvider = u"identity-provider"_qs;

    void checkAll();

Q_SIGNALS:
    void finished();

private:
    void checkControlPlane();
    void checkIdentityProvider();
    void jobDone();

    Profile m_profile;
    EndpointStatusModel *m_model;
    QNetworkAccessManager *m_nam;
    int m_running = 0;
};

} // namespace gatehouse
