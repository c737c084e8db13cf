#include "WorkerWrites.h"

#include "ProjectConnection.h"

#include <sqlite3.h>

namespace {
thread_local WorkerWrites* t_current = nullptr;
}

WorkerWrites::WorkerWrites(ProjectConnection& connection, const std::atomic<bool>* cancel, Progress progress)
    : m_connection(connection)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
    , m_outer(t_current)
{
    t_current = this;
    if (m_cancel && m_connection.handle()) {
        // SQLite calls this every few thousand steps; a non-zero answer interrupts the statement,
        // the edit fails and its transaction is rolled back.
        sqlite3_progress_handler(
            m_connection.handle(), 4000,
            [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(m_cancel));
    }
}

WorkerWrites::~WorkerWrites()
{
    if (m_cancel && m_connection.handle())
        sqlite3_progress_handler(m_connection.handle(), 0, nullptr, nullptr);
    t_current = m_outer;
}

WorkerWrites* WorkerWrites::current()
{
    return t_current;
}

void WorkerWrites::reportProgress(int percent)
{
    if (t_current && t_current->m_progress)
        t_current->m_progress(percent);
}
