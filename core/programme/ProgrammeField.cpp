#include "ProgrammeField.h"

QString ProgrammeField::column(Field field)
{
    switch (field) {
    case ClientName: return QStringLiteral("client_name");
    case ProgrammeName: return QStringLiteral("programme_name");
    case TargetScore: return QStringLiteral("target_score");
    case SmallBaseThreshold: return QStringLiteral("small_base_threshold");
    case LockoutDays: return QStringLiteral("lockout_days");
    case StaffNamesAllowed: return QStringLiteral("staff_names_allowed");
    case ReportLanguage: return QStringLiteral("report_language");
    case ChartFont: return QStringLiteral("chart_font");
    case Logo: return QStringLiteral("logo");
    }
    Q_UNREACHABLE();
}

QString ProgrammeField::label(Field field)
{
    switch (field) {
    case ClientName: return tr("client");
    case ProgrammeName: return tr("programme name");
    case TargetScore: return tr("target score");
    case SmallBaseThreshold: return tr("small-base threshold");
    case LockoutDays: return tr("shopper lockout");
    case StaffNamesAllowed: return tr("staff names");
    case ReportLanguage: return tr("report language");
    case ChartFont: return tr("chart font");
    case Logo: return tr("logo");
    }
    Q_UNREACHABLE();
}

QString ProgrammeField::validate(Field field, const QVariant& value)
{
    bool ok = true;
    switch (field) {
    case ClientName:
    case ProgrammeName:
        if (value.toString().size() > 200)
            return tr("The %1 is longer than 200 characters.").arg(label(field));
        return {};
    case TargetScore: {
        if (value.isNull())
            return {};
        const double target = value.toDouble(&ok);
        if (!ok || target < 0 || target > 100)
            return tr("The target score must be between 0 and 100 %.");
        return {};
    }
    case SmallBaseThreshold: {
        const int threshold = value.toInt(&ok);
        if (!ok || threshold < 1 || threshold > 1000)
            return tr("The small-base threshold must be a whole number of visits from 1 to 1000.");
        return {};
    }
    case LockoutDays: {
        const int days = value.toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            return tr("The shopper lockout must be a whole number of days from 0 to 3650.");
        return {};
    }
    case StaffNamesAllowed:
        return {};
    case ChartFont: {
        const QString family = value.toString();
        if (family.size() > 100 || family.contains(QLatin1Char('\n')) || family.contains(QLatin1Char(',')))
            return tr("The chart font must be one font family's name, such as “Noto Sans”.");
        return {};
    }
    case Logo: {
        if (value.isNull())
            return {};
        const QByteArray bytes = value.toByteArray();
        if (bytes.size() > 2 * 1024 * 1024)
            return tr("The logo is larger than 2 MB: save it smaller (a logo on a chart needs about 600 pixels across).");
        if (!bytes.startsWith("\x89PNG\r\n\x1a\n") && !bytes.startsWith("\xff\xd8\xff"))
            return tr("The logo must be a PNG or JPEG image.");
        return {};
    }
    case ReportLanguage:
        if (value.toString().isEmpty())
            return tr("Choose one of the programme's languages as the report language.");
        return {};
    }
    return {};
}
