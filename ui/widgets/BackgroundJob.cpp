#include "BackgroundJob.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

BackgroundJob::BackgroundJob(QWidget* parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

BackgroundJob* BackgroundJob::start(QWidget* parent, const QString& label, bool determinate, Job job)
{
    auto* self = new BackgroundJob(parent);
    self->m_dialog = new QProgressDialog(label, tr("Cancel"), 0, determinate ? 100 : 0, parent);
    self->m_dialog->setWindowModality(Qt::WindowModal);
    self->m_dialog->setMinimumDuration(300);
    const auto cancelled = self->m_cancelled;
    connect(self->m_dialog, &QProgressDialog::canceled, self, [cancelled] { *cancelled = true; });

    auto* watcher = new QFutureWatcher<ProjectError>(self);
    connect(watcher, &QFutureWatcher<ProjectError>::finished, self, [self, watcher] {
        self->m_error = watcher->result();
        if (self->m_dialog) {
            // Stopped and hidden now: inside a nested event loop (a dialog's) the deletion may
            // wait, and the dialog's timer would show it, stuck, in the meantime.
            self->m_dialog->reset();
            self->m_dialog->hide();
            self->m_dialog->deleteLater();
        }
        emit self->finished();
        self->deleteLater();
    });
    const QPointer<QProgressDialog> dialog = self->m_dialog;
    watcher->setFuture(QtConcurrent::run([job = std::move(job), cancelled, dialog]() {
        return job(*cancelled, [dialog](int percent) {
            // Progress reaches the dialog through the GUI thread's event loop.
            QMetaObject::invokeMethod(dialog, [dialog, percent] {
                if (dialog)
                    dialog->setValue(percent);
            });
        });
    }));
    return self;
}

ProjectError BackgroundJob::run(QWidget* parent, const QString& label, bool determinate, Job job, bool* cancelled)
{
    struct Outcome
    {
        bool finished = false;
        ProjectError error;
        bool cancelled = false;
    };
    auto outcome = std::make_shared<Outcome>();
    BackgroundJob* started = start(parent, label, determinate, std::move(job));
    const QPointer<QProgressDialog> dialog = started->m_dialog;
    connect(started, &BackgroundJob::finished, started, [outcome, started] {
        outcome->finished = true;
        outcome->error = started->error();
        outcome->cancelled = started->wasCancelled();
    });
    // Until the progress dialog shows (after a moment), clicks and keys wait: the window must not
    // start a second edit while this one holds the file.
    while (!outcome->finished) {
        const bool shown = dialog && dialog->isVisible();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents
                                        | (shown ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents));
    }
    if (cancelled)
        *cancelled = outcome->cancelled;
    return outcome->error;
}
