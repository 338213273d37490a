#pragma once

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace gatehouse {

// Who is signed in, or what the sign-in is doing, at the top of the main
// window: signed out (with a Sign in button), waiting for the browser (with
// Cancel and the link to open by hand), signed in (name, email, groups, when
// the session ends, Sign out), or what went wrong in one sentence.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SignedOut, Working, WaitingForBrowser, SignedIn };

    explicit SessionPanel(QWidget *parent = nullptr);

    void showSignedOut(const QString &error = {});
    void showWorking(const QString &what);
    void showWaitingForBrowser(const QUrl &url);
    void showSignedIn(const QString &name, const QString &email, const QStringList &groups,
                      const QDateTime &sessionEnds);
    // Shown under any mode until cleared with an empty text.
    void setKeychainNotice(const QString &text);

    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void signInRequested();
    void cancelRequested();
    void signOutRequested();

private:
    void setMode(Mode mode);

    Mode m_mode = Mode::SignedOut;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_error;
    QLabel *m_keychain;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QPushButton *m_signOut;
    QPushButton *m_copyLink;
    QUrl m_url;
};

} // namespace gatehouse
