#pragma once

#include "Error.h"
#include "grants/Grant.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace gatehouse::server {

class Store;

// What Kuma sync compares, read at one moment: the grants that should have a
// policy in the mesh, the policies recorded as written, and what differs
// (computed with the read, so that the API's thread handles only changes).
struct KumaSyncView
{
    struct Wanted
    {
        Grant grant;
        QString mesh;
        QString target; // the service's name in the mesh
    };
    struct Written
    {
        QString mesh;
        QDateTime at;
    };
    QHash<QString, Wanted> want; // grant id -> effective service grant
    QStringList missing;         // wanted, no policy recorded
    QStringList unwanted;        // policy recorded, not wanted
    // mesh_policies against the previous read (all of it the first time).
    QHash<QString, Written> writtenAdded;
    QStringList writtenRemoved;
    Error error; // set: nothing above was read
};

// Reads KumaSyncView on a thread of its own with its own store connection,
// so that reading every active grant and policy (tens of thousands) never
// holds the thread that serves the API. The connection opens on the first
// read; an error there comes back in the view, and the next read tries again.
class KumaSyncReader
{
public:
    using Done = std::function<void(std::shared_ptr<const KumaSyncView>)>;

    explicit KumaSyncReader(const Store *store);
    ~KumaSyncReader(); // waits for a read in progress
    KumaSyncReader(const KumaSyncReader &) = delete;
    KumaSyncReader &operator=(const KumaSyncReader &) = delete;

    // Returns at once; `done` runs later on `context`'s thread. `context`
    // must outlive this reader (answers still queued for it go with it).
    void read(QObject *context, Done done);
    // Frees a view on the reader's thread: tens of thousands of grants take
    // a while to free too.
    void dispose(std::shared_ptr<const KumaSyncView> view);

private:
    class Inside;
    QThread m_thread;
    Inside *m_inside;
};

} // namespace gatehouse::server
