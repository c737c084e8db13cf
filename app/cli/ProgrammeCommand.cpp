#include "ProgrammeCommand.h"

#include "commands/ProgrammeCommands.h"
#include "programme/ProgrammeSettings.h"
#include "commands/UndoStack.h"
#include "project/Project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {
struct Setting
{
    const char* option;
    ProgrammeField::Field field;
    enum Kind { Text, Number, Whole, Flag, Font, ImageFile } kind;
};
const Setting kSettings[] = {
    {"client", ProgrammeField::ClientName, Setting::Text},
    {"name", ProgrammeField::ProgrammeName, Setting::Text},
    {"target", ProgrammeField::TargetScore, Setting::Number},
    {"small-base", ProgrammeField::SmallBaseThreshold, Setting::Whole},
    {"lockout-days", ProgrammeField::LockoutDays, Setting::Whole},
    {"staff-names", ProgrammeField::StaffNamesAllowed, Setting::Flag},
    {"report-language", ProgrammeField::ReportLanguage, Setting::Text},
    {"chart-font", ProgrammeField::ChartFont, Setting::Font},
    {"logo", ProgrammeField::Logo, Setting::ImageFile},
};
} // namespace

QString ProgrammeCommand::summary() const
{
    return tr("Show or change the programme's settings and languages.");
}

void ProgrammeCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(tr("The programme's settings.\n\n"
                                        "  show FILE [--json]\n"
                                        "  set FILE [--client TEXT] [--name TEXT] [--target PERCENT|none] [--small-base N]\n"
                                        "           [--lockout-days N] [--staff-names yes|no] [--report-language CODE]\n"
                                        "           [--languages en,lv,...] [--chart-font FAMILY|default] [--logo FILE.png|none]\n\n"
                                        "All changes of one 'set' are checked first and written together, or not at all."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("show or set"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file."));
    parser.addOption({QStringLiteral("json"), tr("Print the settings as JSON.")});
    parser.addOption({QStringLiteral("client"), tr("The client's name."), tr("TEXT")});
    parser.addOption({QStringLiteral("name"), tr("The programme's name."), tr("TEXT")});
    parser.addOption({QStringLiteral("target"), tr("The target score in percent, or none."), tr("PERCENT")});
    parser.addOption({QStringLiteral("small-base"), tr("Figures on fewer visits than this are flagged."), tr("N")});
    parser.addOption({QStringLiteral("lockout-days"), tr("Days before a shopper may visit the same location again."), tr("N")});
    parser.addOption({QStringLiteral("staff-names"), tr("Whether reports may name staff: yes or no."), tr("yes|no")});
    parser.addOption({QStringLiteral("report-language"), tr("The language of reports and charts."), tr("CODE")});
    parser.addOption({QStringLiteral("chart-font"), tr("The font of charts and reports, or default (DejaVu Sans)."), tr("FAMILY")});
    parser.addOption({QStringLiteral("logo"), tr("The client's logo on charts and reports (PNG or JPEG), or none."), tr("FILE")});
    parser.addOption({QStringLiteral("languages"), tr("The programme's languages, comma-separated, in order."), tr("CODES")});
}

int ProgrammeCommand::run(const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if ((action != QLatin1String("show") && action != QLatin1String("set")) || arguments.size() != 2)
        return fail(tr("programme: expected 'show FILE' or 'set FILE [options]' (see 'shopscope-cli programme --help')"),
                    UsageError);
    const bool changing = action == QLatin1String("set");
    ProjectError error;
    auto project = Project::open(arguments.at(1), changing ? Project::Mode::ReadWrite : Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);

    if (changing) {
        // Read every value first: a bad one changes nothing.
        QList<QPair<ProgrammeField::Field, QVariant>> changes;
        for (const Setting& setting : kSettings) {
            const QString option = QString::fromLatin1(setting.option);
            if (!parser.isSet(option))
                continue;
            const QString text = parser.value(option).trimmed();
            QVariant value = text;
            bool ok = true;
            if (setting.kind == Setting::Number)
                value = text == QLatin1String("none") ? QVariant() : QVariant(text.toDouble(&ok));
            else if (setting.kind == Setting::Whole)
                value = text.toInt(&ok);
            else if (setting.kind == Setting::Flag) {
                ok = text == QLatin1String("yes") || text == QLatin1String("no");
                value = text == QLatin1String("yes") ? 1 : 0;
            } else if (setting.kind == Setting::Font) {
                value = text == QLatin1String("default") ? QStringLiteral("") : text; // "", not NULL
            } else if (setting.kind == Setting::ImageFile && text == QLatin1String("none")) {
                value = QVariant(QMetaType::fromType<QByteArray>());
            } else if (setting.kind == Setting::ImageFile) {
                QFile image(text);
                if (!image.open(QIODevice::ReadOnly))
                    return fail(tr("programme set: --logo: %1: %2").arg(text, image.errorString()), UsageError);
                value = image.readAll();
            }
            const QString problem = ok ? ProgrammeField::validate(setting.field, value) : tr("“%1” is not a valid value").arg(text);
            if (!problem.isEmpty())
                return fail(tr("programme set: --%1: %2").arg(option, problem), UsageError);
            changes.append({setting.field, value});
        }
        QStringList languages;
        if (parser.isSet(QStringLiteral("languages")))
            for (const QString& part : parser.value(QStringLiteral("languages")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                languages << part.trimmed();
        if (changes.isEmpty() && languages.isEmpty())
            return fail(tr("programme set: nothing to change (see 'shopscope-cli programme --help')"), UsageError);
        // Languages first (a new report language must be listed); each edit is its own transaction,
        // and a later failure undoes the earlier ones, so the file ends as it was or fully changed.
        QString message;
        int applied = 0;
        bool ok = languages.isEmpty() || Command::setProgrammeLanguages(project.get(), languages, &message);
        if (ok && !languages.isEmpty())
            ++applied;
        for (const auto& [field, value] : changes) {
            if (!ok)
                break;
            const int before = project->undoStack()->count();
            ok = Command::setProgrammeField(project.get(), field, value, &message);
            applied += project->undoStack()->count() - before;
        }
        if (!ok) {
            while (applied-- > 0)
                project->undoStack()->undo();
            return fail(tr("programme set: nothing changed: %1").arg(message));
        }
    }

    QString message;
    const auto settings = ProgrammeSettings::read(project->database(), &message);
    if (!settings)
        return fail(message);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("client"), settings->clientName},
                   {QStringLiteral("name"), settings->programmeName},
                   {QStringLiteral("target"), settings->targetScore.isValid() ? QJsonValue(settings->targetScore.toDouble())
                                                                              : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("small_base"), settings->smallBaseThreshold},
                   {QStringLiteral("lockout_days"), settings->lockoutDays},
                   {QStringLiteral("staff_names"), settings->staffNamesAllowed},
                   {QStringLiteral("source_language"), settings->sourceLanguage},
                   {QStringLiteral("report_language"), settings->reportLanguage},
                   {QStringLiteral("languages"), QJsonArray::fromStringList(settings->languages)},
                   {QStringLiteral("chart_font"), settings->chartFont.isEmpty() ? QStringLiteral("DejaVu Sans") : settings->chartFont},
                   {QStringLiteral("logo_bytes"), qint64(settings->logo.size())}});
        return Success;
    }
    print(tr("Client:           %1\nProgramme:        %2\nTarget score:     %3\nSmall base below: %4 visits\n"
             "Shopper lockout:  %5 days\nStaff names:      %6\nLanguages:        %7 (source %8, reports %9)")
              .arg(settings->clientName, settings->programmeName,
                   settings->targetScore.isValid() ? QLocale().toString(settings->targetScore.toDouble()) + QStringLiteral(" %")
                                                   : tr("none"))
              .arg(settings->smallBaseThreshold)
              .arg(settings->lockoutDays)
              .arg(settings->staffNamesAllowed ? tr("allowed") : tr("not allowed"),
                   settings->languages.join(QStringLiteral(", ")), settings->sourceLanguage, settings->reportLanguage));
    return Success;
}
