#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

class AssignmentSession;
class Project;
class QWidget;

// The assignment board's view of one wave through the engine (AssignmentSession): who may take
// a visit, at what cost, and why a visit is as it is. Reading a wave of 20,000 visits against
// 60,000 shoppers takes a moment, so the session is read once on a worker thread and kept until
// the file changes (an edit, an undo or a redo).
class AssignmentSessionCache : public QObject
{
    Q_OBJECT

public:
    explicit AssignmentSessionCache(QObject* parent = nullptr);

    // The wave's session, read now (behind a progress dialog with Cancel) unless the one kept is
    // still current; null when the user cancelled or it cannot be read (*error says why).
    std::shared_ptr<const AssignmentSession> session(QWidget* parent, Project* project, qint64 waveId, QString* error);
    // The session kept for the wave when it is still current, without reading anything.
    std::shared_ptr<const AssignmentSession> current(Project* project, qint64 waveId) const;
    // The wave a visit belongs to (0 for an unknown visit).
    static qint64 waveOfVisit(Project* project, qint64 visitId);

private:
    void forget();

    QPointer<Project> m_project;
    qint64 m_waveId = 0;
    std::shared_ptr<const AssignmentSession> m_session;
};
