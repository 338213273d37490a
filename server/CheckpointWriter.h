#pragma once

#include "Error.h"
#include "audit/Checkpoint.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace gatehouse {
class Clock;
class Ed25519Key;
} // namespace gatehouse

namespace gatehouse::server {

class Store;

// Appends a signed head to `<dir>/checkpoints` after every `everyRecords`
// records, or after `interval` when anything changed, and once more on the
// way out. Each line is written with O_APPEND and fsynced; the file is never
// rewritten or truncated. The directory is owner-only (0700), the file 0600.
// Ship the file elsewhere (log shipping, a WORM bucket) and a later rewrite of
// the database cannot agree with it.
class CheckpointWriter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dir;
        int everyRecords = 100;
        std::chrono::seconds interval{60};
    };
    CheckpointWriter(Store *store, const Ed25519Key *key, const Clock *clock, Options options,
                     QObject *parent = nullptr);
    ~CheckpointWriter() override;

    // Creates the directory and file if needed, reads the last checkpoint and
    // starts watching the head.
    [[nodiscard]] Error start();
    // Checkpoints the head now if it moved since the last checkpoint.
    [[nodiscard]] Error checkpointIfMoved();

private:
    void poll();
    [[nodiscard]] Error append(const Checkpoint &checkpoint);
    // False, once and for all, when the chain handed over to another key
    // since `afterSeq` (audit rotate-key while this process ran).
    bool keyStillInForce(qint64 afterSeq);

    Store *m_store;
    const Ed25519Key *m_key;
    const Clock *m_clock;
    Options m_options;
    int m_fd = -1;
    std::optional<Checkpoint> m_last;
    QDateTime m_lastAt; // when the last checkpoint was written, by m_clock
    QTimer m_timer;
    bool m_retired = false; // our key was rotated away: we sign nothing more
};

} // namespace gatehouse::server
