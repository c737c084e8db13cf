#pragma once

#include <QString>

// Names ShopScope gives things in ODK forms and their submissions.
namespace OdkNames {

// The XML element name of a question or section code: the code itself when it is a valid XML
// name, else the code behind an underscore ("1A" -> "_1A").
QString nodeName(const QString& code);
// Undoes nodeName(): "_1A" -> "1A"; other names are returned as they are.
QString codeOfNodeName(const QString& name);
bool isXmlName(const QString& name);

// The XLSForm / XForm name of a language: "English (en)", the form ODK tools recognise.
QString languageLabel(const QString& code);
// The code inside such a label ("Latviešu (lv)" -> "lv"), or a known language name's code
// ("French" -> "fr"), or empty when neither.
QString languageCode(const QString& label);

// The fields ShopScope adds to every exported form. They carry the visit so results match
// back, and the visit details the report entry asks for; all start with "ss_".
inline constexpr char kVisitId[] = "ss_visit_id";
inline constexpr char kLocation[] = "ss_location";
inline constexpr char kScenario[] = "ss_scenario";
inline constexpr char kShopper[] = "ss_shopper";
inline constexpr char kVisitGroup[] = "ss_visit";
inline constexpr char kDate[] = "ss_date";
inline constexpr char kTime[] = "ss_time";
inline constexpr char kMinutes[] = "ss_minutes";
inline constexpr char kStaff[] = "ss_staff";
inline constexpr char kComment[] = "ss_comment";
inline constexpr char kScore[] = "ss_score";
inline constexpr char kCommentSuffix[] = "_comment";
inline constexpr char kPrefix[] = "ss_";

} // namespace OdkNames
