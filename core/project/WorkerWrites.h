#pragma once

#include <atomic>
#include <functional>

class ProjectConnection;

// Lets an edit made for the window run on a worker thread, so that an import of 50,000 rows
// does not freeze it. While an object of this class lives on a thread, Project::write() called
// on that thread goes through `connection` (the thread's own, open for writing) instead of the
// window's, and stops with nothing written as soon as *cancel is set (SQLite interrupts the
// running statement). The edit may report how far it is with reportProgress().
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
    // How far the running edit is, 0-100; does nothing outside a worker.
    static void reportProgress(int percent);

private:
    ProjectConnection& m_connection;
    const std::atomic<bool>* m_cancel;
    Progress m_progress;
    WorkerWrites* m_outer;
};
