#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace gatehouse {

// File → Export evidence…: the period (a quarter, month or year), the scope
// (all services or some), why, and the folder to write; then progress and the
// result in words, including whether the written pack verified. The export
// itself runs elsewhere (exportRequested).
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString period;       // "2026-Q4", "2026-11", "2026"
        QStringList services; // empty: all
        QString purpose;
        QString outDir;
    };

    EvidenceDialog(const QStringList &services, const QString &defaultFolder,
                   QWidget *parent = nullptr);

    Choice choice() const;
    void setPeriod(const QString &period);
    void setOutDir(const QString &dir);
    void setPurpose(const QString &purpose);

    void showProgress(const QString &step);
    // The outcome in words (rich text); `ok` colours it.
    void showResult(const QString &text, bool ok);

    // "2026-Q4" for the quarter `at` falls in, and the three before it.
    static QStringList recentQuarters(const QDate &at);

Q_SIGNALS:
    void exportRequested(const gatehouse::EvidenceDialog::Choice &choice);

private:
    void validate();

    QComboBox *m_period;
    QListWidget *m_services;
    QLineEdit *m_purpose;
    QLineEdit *m_outDir;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QPlainTextEdit *m_steps;
    QLabel *m_result;
    QLabel *m_problem;
    QPushButton *m_export;
};

} // namespace gatehouse
