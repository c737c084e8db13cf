#include "DomainLabels.h"

QString DomainLabels::label(Kind kind, const QString& code)
{
    if (code.isEmpty())
        return code;
    switch (kind) {
    case None:
        return code;
    case QuestionType:
        if (code == QLatin1String("yes_no")) return tr("Yes / No");
        if (code == QLatin1String("rating")) return tr("Rating");
        if (code == QLatin1String("nps")) return tr("NPS 0–10");
        if (code == QLatin1String("single")) return tr("Single choice");
        if (code == QLatin1String("multiple")) return tr("Multiple choice");
        if (code == QLatin1String("number")) return tr("Number");
        if (code == QLatin1String("date")) return tr("Date");
        if (code == QLatin1String("time")) return tr("Time");
        if (code == QLatin1String("text")) return tr("Text");
        break;
    case Channel:
        if (code == QLatin1String("visit")) return tr("Visit");
        if (code == QLatin1String("call")) return tr("Call");
        if (code == QLatin1String("email")) return tr("E-mail");
        if (code == QLatin1String("web")) return tr("Web");
        if (code == QLatin1String("social")) return tr("Social");
        if (code == QLatin1String("audit")) return tr("Audit");
        break;
    case WaveStatus:
        if (code == QLatin1String("planning")) return tr("Planning");
        if (code == QLatin1String("fieldwork")) return tr("Fieldwork");
        if (code == QLatin1String("closed")) return tr("Closed");
        if (code == QLatin1String("reported")) return tr("Reported");
        break;
    case VisitStatus:
        if (code == QLatin1String("planned")) return tr("Planned");
        if (code == QLatin1String("assigned")) return tr("Assigned");
        if (code == QLatin1String("accepted")) return tr("Accepted");
        if (code == QLatin1String("done")) return tr("Done");
        if (code == QLatin1String("submitted")) return tr("Submitted");
        if (code == QLatin1String("draft")) return tr("Draft"); // a report typed but not yet submitted
        if (code == QLatin1String("approved")) return tr("Approved");
        if (code == QLatin1String("rejected")) return tr("Sent back");
        if (code == QLatin1String("cancelled")) return tr("Cancelled");
        break;
    case Daypart:
        if (code == QLatin1String("morning")) return tr("Morning");
        if (code == QLatin1String("midday")) return tr("Midday");
        if (code == QLatin1String("afternoon")) return tr("Afternoon");
        if (code == QLatin1String("evening")) return tr("Evening");
        break;
    case ShopperStatus:
        if (code == QLatin1String("active")) return tr("Active");
        if (code == QLatin1String("paused")) return tr("Paused");
        if (code == QLatin1String("blocked")) return tr("Blocked");
        break;
    case Gender:
        if (code == QLatin1String("female")) return tr("Female");
        if (code == QLatin1String("male")) return tr("Male");
        if (code == QLatin1String("other")) return tr("Other");
        break;
    case AssignedBy:
        if (code == QLatin1String("auto")) return tr("Automatic");
        if (code == QLatin1String("manual")) return tr("By hand");
        break;
    case Check:
        return code == QLatin1String("1") ? QStringLiteral("✓") : QString();
    case Critical:
        if (code == QLatin1String("section")) return tr("Zeroes section");
        if (code == QLatin1String("visit")) return tr("Zeroes visit");
        break;
    }
    return code;
}
