#include "ProgrammeCommands.h"

#include "SetProgrammeFieldCommand.h"
#include "SetProgrammeLanguagesCommand.h"
#include "programme/ProgrammeSettings.h"

#include <QRegularExpression>
#include <QSet>
#include "UndoStack.h"
#include "project/Project.h"

#include <QSqlQuery>

namespace Command {

bool setProgrammeField(Project* project, ProgrammeField::Field field, const QVariant& value, QString* error)
{
    const QString problem = ProgrammeField::validate(field, value);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(project->database());
    query.exec(QStringLiteral("SELECT %1 FROM programme WHERE id = 1").arg(ProgrammeField::column(field)));
    const QVariant oldValue = query.next() ? query.value(0) : QVariant();
    query.finish();
    if (oldValue == value || (oldValue.isNull() && value.isNull()))
        return true; // nothing to do, nothing recorded
    return project->undoStack()->push(std::make_unique<SetProgrammeFieldCommand>(project, field, oldValue, value),
                                      error);
}

bool setProgrammeLanguages(Project* project, const QStringList& languages, QString* error)
{
    QString problem;
    const auto settings = ProgrammeSettings::read(project->database(), &problem);
    if (!settings) {
        if (error)
            *error = problem;
        return false;
    }
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    for (const QString& language : languages) {
        if (!code.match(language).hasMatch()) {
            if (error)
                *error = ProgrammeField::tr("“%1” is not a language code (use codes such as en, sv, nb, lv, pl)").arg(language);
            return false;
        }
    }
    if (QSet<QString>(languages.cbegin(), languages.cend()).size() != languages.size()
        || !languages.contains(settings->sourceLanguage)
        || !languages.contains(settings->reportLanguage)) {
        if (error)
            *error = ProgrammeField::tr("The languages must be distinct and include the source (%1) and report (%2) languages.")
                         .arg(settings->sourceLanguage, settings->reportLanguage);
        return false;
    }
    if (languages == settings->languages)
        return true;
    return project->undoStack()->push(
        std::make_unique<SetProgrammeLanguagesCommand>(project, settings->languages, languages), error);
}

} // namespace Command
