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
    if (m_cancel)
        interruptWhenSet(m_connection.handle(), m_cancel);
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

bool WorkerWrites::reportProgress(int percent)
{
    if (!t_current)
        return true;
    if (t_current->m_progress)
        t_current->m_progress(percent);
    return !t_current->isCancelled();
}

void WorkerWrites::interruptWhenSet(sqlite3* handle, const std::atomic<bool>* cancel)
{
    if (!handle)
        return;
    // SQLite calls this every few thousand steps of a statement; a non-zero answer interrupts it.
    sqlite3_progress_handler(
        handle, 4000, [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(cancel));
}
