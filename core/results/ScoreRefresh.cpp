#include "ScoreRefresh.h"

#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"

bool ScoreRefresh::run(Project* project, const std::atomic<bool>* cancel, const Progress& progress,
                       ScoreStore::Counts* counts, ProjectError* error)
{
    ProjectConnection connection;
    if (!connection.open(project->filePath(), false, error))
        return false;
    const WorkerWrites writes(connection, cancel, progress);
    const QString computedAt = ScoreStore::now();
    return project->write([&](const QSqlDatabase& db,
                              QString* why) { return ScoreStore::rescoreAll(db, computedAt, counts, why); },
                          error);
}
