#include "SetProgrammeFieldCommand.h"

#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
constexpr int kIdBase = 1000;
}

SetProgrammeFieldCommand::SetProgrammeFieldCommand(Project* project, ProgrammeField::Field field,
                                                   const QVariant& oldValue, const QVariant& newValue)
    : UndoCommand(ProgrammeField::tr("Change %1").arg(ProgrammeField::label(field)))
    , m_project(project)
    , m_field(field)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
{
}

bool SetProgrammeFieldCommand::apply(const QVariant& value, QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* message) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE programme SET %1 = ? WHERE id = 1").arg(ProgrammeField::column(m_field)));
            query.addBindValue(value);
            if (!query.exec()) {
                *message = query.lastError().databaseText();
                return false;
            }
            return true;
        },
        error);
}

bool SetProgrammeFieldCommand::redo(QString* error)
{
    return apply(m_newValue, error);
}

bool SetProgrammeFieldCommand::undo(QString* error)
{
    return apply(m_oldValue, error);
}

int SetProgrammeFieldCommand::id() const
{
    return kIdBase + static_cast<int>(m_field);
}

bool SetProgrammeFieldCommand::mergeWith(const UndoCommand* other)
{
    const auto* edit = dynamic_cast<const SetProgrammeFieldCommand*>(other);
    if (!edit || edit->m_field != m_field || edit->m_project != m_project)
        return false;
    m_newValue = edit->m_newValue;
    return true;
}

bool SetProgrammeFieldCommand::isObsolete() const
{
    return m_oldValue == m_newValue;
}
