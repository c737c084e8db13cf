#include "AssignmentSessionCache.h"

#include "assignment/AssignmentSession.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "widgets/BackgroundJob.h"

#include <QSqlQuery>

AssignmentSessionCache::AssignmentSessionCache(QObject* parent)
    : QObject(parent)
{
}

std::shared_ptr<const AssignmentSession> AssignmentSessionCache::current(Project* project, qint64 waveId) const
{
    return project && project == m_project && waveId == m_waveId ? m_session : nullptr;
}

std::shared_ptr<const AssignmentSession> AssignmentSessionCache::session(QWidget* parent, Project* project, qint64 waveId, QString* error)
{
    if (auto kept = current(project, waveId))
        return kept;
    if (!project || waveId <= 0) {
        if (error)
            *error = tr("choose a wave first");
        return nullptr;
    }
    auto loaded = std::make_shared<std::unique_ptr<AssignmentSession>>();
    auto message = std::make_shared<QString>();
    const QString path = project->filePath();
    bool cancelled = false;
    const ProjectError failed = BackgroundJob::run(
        parent, tr("Reading the wave's visits and the shopper panel…"), true,
        [=](const std::atomic<bool>& cancel, const BackgroundJob::Progress& progress) {
            ProjectConnection connection;
            ProjectError openError;
            if (!connection.open(path, true, &openError))
                return openError;
            *loaded = AssignmentSession::load(connection.database(), waveId, std::nullopt, AssignmentLoader::Options(), 1, &cancel,
                                              progress, message.get());
            return ProjectError();
        },
        &cancelled);
    if (failed || cancelled || !*loaded) {
        if (error)
            *error = failed ? failed.message : cancelled ? tr("cancelled") : *message;
        return nullptr;
    }
    if (m_project != project) {
        if (m_project)
            disconnect(m_project, nullptr, this, nullptr);
        m_project = project;
        connect(project, &Project::dataChanged, this, &AssignmentSessionCache::forget);
    }
    m_waveId = waveId;
    m_session = std::shared_ptr<const AssignmentSession>(std::move(*loaded));
    return m_session;
}

void AssignmentSessionCache::forget()
{
    m_waveId = 0;
    m_session.reset();
}

qint64 AssignmentSessionCache::waveOfVisit(Project* project, qint64 visitId)
{
    if (!project || visitId <= 0)
        return 0;
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT wave_id FROM visit WHERE id = ?"));
    query.addBindValue(visitId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}
