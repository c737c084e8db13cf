#pragma once

#include "project/ProjectError.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>

class Project;
class QLabel;
class QStatusBar;

// Keeps a programme's stored scores current without making anyone wait: when a file is opened
// whose scores are missing or were computed under other scoring rules (a file from an older
// ShopScope), every report is rescored on a worker thread while the status bar says that results
// are being refreshed, with its progress. The scores are derived data: no undo step.
class ScoreRefresher : public QObject
{
    Q_OBJECT

public:
    ScoreRefresher(QStatusBar* statusBar, QObject* parent = nullptr);
    ~ScoreRefresher() override;

    // Starts when the project may be edited and has stale scores; false when there is nothing to do.
    bool start(Project* project);
    // Cancels a refresh under way and waits for it (before the project closes); the scores stay
    // as they were.
    void stop();
    bool isRunning() const { return m_watcher.isRunning(); }
    QLabel* indicator() const { return m_indicator; }

signals:
    void finished(bool refreshed);

private:
    void done();

    QStatusBar* m_statusBar;
    QLabel* m_indicator;
    QPointer<Project> m_project;
    std::atomic<bool> m_cancel = false;
    QFutureWatcher<bool> m_watcher;
    ProjectError m_error;
    qint64 m_responses = 0;
};
