#include "InfoCommand.h"

#include "project/Project.h"
#include "project/ProjectSummary.h"

#include <QDir>
#include <QLocale>

QString InfoCommand::summary() const
{
    return tr("Show what a project file holds: the programme and counts of everything in it.");
}

void InfoCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
}

int InfoCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto summary = ProjectSummary::read(project->database(), &message);
    if (!summary)
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(project->filePath()), message));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = summary->toJson();
        json.insert(QStringLiteral("file"), project->filePath());
        printJson(json);
        return Success;
    }
    const QLocale locale;
    auto line = [&](const QString& label, qint64 value) {
        return QStringLiteral("  %1 %2\n").arg(label, -24).arg(locale.toString(value));
    };
    QString text;
    text += tr("File:        %1\n").arg(QDir::toNativeSeparators(project->filePath()));
    text += tr("Client:      %1\n").arg(summary->clientName.isEmpty() ? tr("(not set)") : summary->clientName);
    text += tr("Programme:   %1\n").arg(summary->programmeName);
    text += tr("Languages:   %1\n").arg(summary->languages.join(QStringLiteral(", ")));
    text += tr("Format:      %1\n").arg(summary->schemaVersion);
    text += tr("Size:        %1\n").arg(locale.formattedDataSize(summary->fileSize));
    text += tr("Contents:\n");
    text += line(tr("questionnaires"), summary->questionnaires);
    text += line(tr("questions"), summary->questions);
    text += line(tr("locations"), summary->locations);
    text += line(tr("competitor locations"), summary->competitorLocations);
    text += line(tr("scenarios"), summary->scenarios);
    text += line(tr("waves"), summary->waves);
    text += line(tr("visits"), summary->visits);
    text += line(tr("shoppers"), summary->shoppers);
    text += line(tr("active shoppers"), summary->activeShoppers);
    text += line(tr("reports"), summary->responses);
    text += line(tr("answers"), summary->answers);
    text += line(tr("QC decisions"), summary->qcDecisions);
    text += tr("Visits by status:\n");
    for (const auto& [status, count] : summary->visitsByStatus)
        text += line(status, count);
    print(text);
    return Success;
}
