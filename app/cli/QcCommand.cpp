#include "QcCommand.h"

#include "planning/WaveLookup.h"
#include "project/Project.h"
#include "qc/QcChecker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <map>

QString QcCommand::summary() const
{
    return tr("The quality-control flags of a wave's reports, with their evidence.");
}

void QcCommand::configure(QCommandLineParser& parser) const
{
    QStringList kinds;
    for (int kind = 0; kind < QcFlag::KindCount; ++kind)
        kinds << QcFlag::code(QcFlag::Kind(kind));
    parser.setApplicationDescription(
        tr("Quality control of reports.\n\n"
           "  FILE --wave NAME [--kind KIND,...] [--json]\n\n"
           "Looks at every report of the wave (submitted, approved or rejected) and lists what deserves a\n"
           "second look, with the figures: %1.\n"
           "The thresholds are in docs/quality-control.md. Nothing is written; exit 0 also when there are flags.")
            .arg(kinds.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("wave"), tr("The wave, by code or name."), tr("NAME")});
    parser.addOption({QStringLiteral("kind"), tr("Only these kinds of flag (comma-separated)."), tr("KIND")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output.")});
}

int QcCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    if (parser.value(QStringLiteral("wave")).isEmpty())
        return fail(tr("qc: give the wave with --wave NAME"), UsageError);
    QSet<int> kinds;
    if (parser.isSet(QStringLiteral("kind"))) {
        for (const QString& code : parser.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int kind = QcFlag::kindOf(code.trimmed());
            if (kind < 0)
                return fail(tr("qc: --kind: “%1” is not a kind of flag (see 'shopscope-cli qc --help')").arg(code.trimmed()), UsageError);
            kinds.insert(kind);
        }
    }
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QString message;
    const auto waveId = WaveLookup::find(project->database(), parser.value(QStringLiteral("wave")), &message);
    if (!waveId)
        return fail(tr("qc: %1").arg(message));
    auto flags = QcChecker::check(project->database(), *waveId, QcRules(), &message);
    if (!flags)
        return fail(tr("qc: %1").arg(message));
    if (!kinds.isEmpty())
        flags->erase(std::remove_if(flags->begin(), flags->end(), [&](const QcFlag& flag) { return !kinds.contains(flag.kind); }),
                     flags->end());

    std::map<int, int> counts;
    for (const QcFlag& flag : *flags)
        ++counts[flag.kind];
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const QcFlag& flag : *flags)
            rows.append(QJsonObject{{QStringLiteral("response"), flag.responseId},
                                    {QStringLiteral("visit"), flag.visitId},
                                    {QStringLiteral("kind"), QcFlag::code(flag.kind)},
                                    {QStringLiteral("severity"), QcFlag::severityCode(flag.severity)},
                                    {QStringLiteral("text"), flag.text},
                                    {QStringLiteral("evidence"), flag.evidence}});
        QJsonObject byKind;
        for (const auto& [kind, count] : counts)
            byKind.insert(QcFlag::code(QcFlag::Kind(kind)), count);
        printJson({{QStringLiteral("wave"), parser.value(QStringLiteral("wave"))},
                   {QStringLiteral("flags"), rows},
                   {QStringLiteral("counts"), byKind}});
        return Success;
    }
    QString text = tr("%n flag(s)", nullptr, int(flags->size())) + QLatin1Char('\n');
    for (const auto& [kind, count] : counts)
        text += QStringLiteral("  ") + column(QcFlag::label(QcFlag::Kind(kind)), 28) + QString::number(count) + QLatin1Char('\n');
    if (!flags->empty())
        text += QLatin1Char('\n');
    for (const QcFlag& flag : *flags)
        text += tr("visit %1 · %2: %3").arg(flag.visitId).arg(QcFlag::label(flag.kind), flag.text) + QLatin1Char('\n');
    print(text);
    return Success;
}
