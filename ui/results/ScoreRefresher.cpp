#include "ScoreRefresher.h"

#include "project/Project.h"
#include "results/ScoreRefresh.h"
#include "results/ScoreStore.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

ScoreRefresher::ScoreRefresher(QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_indicator(new QLabel(statusBar))
{
    m_statusBar->addPermanentWidget(m_indicator);
    m_indicator->hide();
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &ScoreRefresher::done);
}

ScoreRefresher::~ScoreRefresher()
{
    stop();
}

bool ScoreRefresher::start(Project* project)
{
    stop();
    if (!project || project->isReadOnly())
        return false;
    QString error;
    const auto stale = ScoreStore::staleCount(project->database(), &error);
    if (!stale || *stale == 0)
        return false;
    m_project = project;
    m_cancel = false;
    m_error = ProjectError();
    m_responses = 0;
    m_indicator->setText(tr("Refreshing results: %Ln report(s) to score…", nullptr, int(*stale)));
    m_indicator->show();
    QPointer<QLabel> indicator = m_indicator;
    const qint64 total = *stale;
    m_watcher.setFuture(QtConcurrent::run([this, project, indicator, total] {
        ScoreStore::Counts counts;
        const bool ok = ScoreRefresh::run(
            project, &m_cancel,
            [indicator, total](int percent) {
                QMetaObject::invokeMethod(
                    indicator.data(),
                    [indicator, percent, total] {
                        if (indicator)
                            indicator->setText(tr("Refreshing results: %Ln report(s) to score, %1 %", nullptr, int(total)).arg(percent));
                    },
                    Qt::QueuedConnection);
            },
            &counts, &m_error);
        m_responses = counts.responses;
        return ok;
    }));
    return true;
}

void ScoreRefresher::stop()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ScoreRefresher::done()
{
    m_indicator->hide();
    const bool ok = m_watcher.result();
    if (ok) {
        m_statusBar->showMessage(tr("Results refreshed: %1 reports scored.").arg(QLocale().toString(m_responses)), 8000);
        if (m_project)
            emit m_project->dataChanged();
    } else if (!m_cancel) {
        m_statusBar->showMessage(tr("The results could not be refreshed: %1").arg(m_error.message), 15000);
    }
    emit finished(ok);
}
