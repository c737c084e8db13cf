#pragma once

#include "project/ProjectError.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

// Long work off the GUI thread: runs a job on a worker thread behind a window-modal progress
// dialog (shown only if the work takes more than a moment) whose Cancel the job can see. The
// job uses its own database connection (one connection per thread) and reports progress in
// percent. The object deletes itself after finished().
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(int percent)>;
    using Job = std::function<ProjectError(const std::atomic<bool>& cancelled, const Progress& progress)>;

    // determinate: show a percentage; otherwise a busy indicator.
    static BackgroundJob* start(QWidget* parent, const QString& label, bool determinate, Job job);
    // The same, returning once the job has finished (the window is redrawn meanwhile; user input
    // waits until the progress dialog shows and then goes to it). *cancelled tells whether the
    // user cancelled.
    static ProjectError run(QWidget* parent, const QString& label, bool determinate, Job job, bool* cancelled = nullptr);

    ProjectError error() const { return m_error; }
    bool wasCancelled() const { return m_cancelled->load(); }

signals:
    void finished();

private:
    explicit BackgroundJob(QWidget* parent);

    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    ProjectError m_error;
};
