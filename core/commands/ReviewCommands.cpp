#include "ReviewCommands.h"

#include "UndoStack.h"
#include "models/DomainLabels.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlQuery>

namespace Command {

QString defaultReviewer()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    return environment.value(QStringLiteral("USER"), environment.value(QStringLiteral("USERNAME")));
}

bool reviewReports(Project* project, const QList<qint64>& visitIds, ReviewReportsCommand::Decision decision, const QString& reason,
                   const QString& reviewer, QString* error)
{
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const bool approve = decision == ReviewReportsCommand::Decision::Approve;
    if (visitIds.isEmpty())
        return refuse(QCoreApplication::translate("ReviewCommands", "no report chosen"));
    if (!approve && reason.trimmed().isEmpty())
        return refuse(QCoreApplication::translate("ReviewCommands", "a report is sent back with a reason for the shopper"));
    std::vector<ReviewReportsCommand::Change> changes;
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT v.status, r.id FROM visit v LEFT JOIN response r ON r.visit_id = v.id WHERE v.id = ?"));
    for (qint64 id : visitIds) {
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return refuse(QCoreApplication::translate("ReviewCommands", "there is no visit %1").arg(id));
        const QString status = query.value(0).toString();
        if (query.value(1).isNull())
            return refuse(QCoreApplication::translate("ReviewCommands", "visit %1 has no report yet").arg(id));
        if (approve && status != QLatin1String("submitted"))
            return refuse(QCoreApplication::translate("ReviewCommands", "the report of visit %1 is %2: only a submitted report can be approved")
                              .arg(id)
                              .arg(DomainLabels::label(DomainLabels::VisitStatus, status).toLower()));
        if (!approve && status != QLatin1String("submitted") && status != QLatin1String("approved"))
            return refuse(QCoreApplication::translate("ReviewCommands",
                                                      "the report of visit %1 is %2: only a submitted or approved report can be sent back")
                              .arg(id)
                              .arg(DomainLabels::label(DomainLabels::VisitStatus, status).toLower()));
        changes.push_back({id, query.value(1).toLongLong()});
    }
    const int count = int(changes.size());
    const QString text = approve ? QCoreApplication::translate("ReviewCommands", "Approve %n report(s)", nullptr, count)
                                 : QCoreApplication::translate("ReviewCommands", "Send back %n report(s)", nullptr, count);
    return project->undoStack()->push(
        std::make_unique<ReviewReportsCommand>(project, std::move(changes), decision, reason.trimmed(), reviewer, text), error);
}

} // namespace Command
