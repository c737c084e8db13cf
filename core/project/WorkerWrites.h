#pragma once

#include <atomic>
#include <functional>

class ProjectConnection;

// Lets an edit made for the window run on a worker thread, so that an import of 50,000 rows
// does not freeze it. While an object of this class lives on a thread, Project::write() called
// on that thread goes through `connection` (the thread's own, open for writing) instead of the
// window's, and writes nothing once *cancel is set: a long statement is interrupted by SQLite,
// and edits of many short statements ask reportProgress() (or cancelled()) every few hundred rows
// and stop when it says so (SQLite only looks at its interrupt inside long statements).
class WorkerWrites
{
public:
    using Progress = std::function<void(int percent)>;

    WorkerWrites(ProjectConnection& connection, const std::atomic<bool>* cancel, Progress progress);
    ~WorkerWrites();
    WorkerWrites(const WorkerWrites&) = delete;
    WorkerWrites& operator=(const WorkerWrites&) = delete;

    // The object of the calling thread, or null (the GUI thread, the command line).
    static WorkerWrites* current();
    ProjectConnection& connection() const { return m_connection; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    // How far the running edit is, 0-100; false when the user cancelled and the edit should stop
    // (its write then fails and rolls back). Outside a worker it does nothing and says go on.
    [[nodiscard]] static bool reportProgress(int percent);
    // Whether the edit of the calling thread was cancelled (never outside a worker).
    static bool cancelled() { return current() && current()->isCancelled(); }
    // Makes SQLite interrupt a long statement of `handle` once *cancel is set.
    static void interruptWhenSet(struct sqlite3* handle, const std::atomic<bool>* cancel);

private:
    ProjectConnection& m_connection;
    const std::atomic<bool>* m_cancel;
    Progress m_progress;
    WorkerWrites* m_outer;
};
