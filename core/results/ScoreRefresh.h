#pragma once

#include "ScoreStore.h"
#include "project/ProjectError.h"

#include <atomic>
#include <functional>

class Project;

// A full rescoring of an open project off the GUI thread: call run() on a worker thread. It
// opens the thread's own connection, reports progress and stops when *cancel is set, and
// writes every score in one transaction through Project::write (all or nothing: a crash or a
// cancel leaves the scores as they were). It is no undo step: stored scores are derived data.
class ScoreRefresh
{
public:
    using Progress = std::function<void(int percent)>;

    static bool run(Project* project, const std::atomic<bool>* cancel, const Progress& progress,
                    ScoreStore::Counts* counts, ProjectError* error);
};
