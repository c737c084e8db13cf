#include "AreaTables.h"

QString AreaTables::title(Table table)
{
    switch (table) {
    case Questions: return tr("Questions");
    case Locations: return tr("Locations");
    case Scenarios: return tr("Scenarios");
    case Waves: return tr("Waves");
    case Visits: return tr("Visits");
    case Shoppers: return tr("Shoppers");
    case Assignments: return tr("Assignments");
    case Responses: return tr("Reports");
    case WaveResults: return tr("Results by wave");
    }
    return {};
}

QString AreaTables::rowKey(Table table)
{
    switch (table) {
    case Questions: return QStringLiteral("q.id");
    case Locations: return QStringLiteral("l.id");
    case Scenarios: return QStringLiteral("s.id");
    case Waves: return QStringLiteral("w.id");
    case Visits: return QStringLiteral("v.id");
    case Shoppers: return QStringLiteral("s.id");
    case Assignments: return QStringLiteral("v.id");
    case Responses: return QStringLiteral("r.id");
    case WaveResults: return QStringLiteral("w.id");
    }
    return {};
}

AreaTables::Spec AreaTables::spec(Table table)
{
    // Texts are shown in the programme's source language.
    switch (table) {
    case Questions:
        return {QStringLiteral(
                    "SELECT qn.code || ' v' || qv.number, s.code, "
                    "(SELECT st.title FROM section_text st WHERE st.section_id = s.id "
                    " AND st.language = (SELECT source_language FROM programme)), "
                    "q.code, (SELECT qt.text FROM question_text qt WHERE qt.question_id = q.id "
                    " AND qt.language = (SELECT source_language FROM programme)), "
                    "q.type, CASE q.scored WHEN 1 THEN q.weight END, "
                    "CASE q.allow_na WHEN 1 THEN '✓' ELSE '' END, CASE q.critical WHEN 'none' THEN '' ELSE q.critical END "
                    "FROM question q JOIN section s ON s.id = q.section_id "
                    "JOIN questionnaire_version qv ON qv.id = q.version_id JOIN questionnaire qn ON qn.id = qv.questionnaire_id"),
                {tr("Version"), tr("Section"), tr("Section title"), tr("Code"), tr("Question"), tr("Type"),
                 tr("Weight"), tr("N/A"), tr("Critical")},
                {QStringLiteral("q.code"), QStringLiteral("s.code"),
                 QStringLiteral("(SELECT group_concat(qt.text, ' ') FROM question_text qt WHERE qt.question_id = q.id)")},
                QStringLiteral("qv.questionnaire_id, qv.number, s.position, q.position"),
                {{5, DomainLabels::QuestionType}, {8, DomainLabels::Critical}}};
    case Locations: {
        Spec spec{QStringLiteral(
                      "SELECT l.code, l.name, l.channel, l.city, "
                      "coalesce(r.name, CASE g.level WHEN 'region' THEN g.name END), coalesce(c.name, rc.name, "
                      "CASE g.level WHEN 'country' THEN g.name END), l.brand, l.is_competitor, l.staff_count, l.active "
                      "FROM location l LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
                      "LEFT JOIN geo_unit r ON r.id = g.parent_id AND g.level = 'area' "
                      "LEFT JOIN geo_unit c ON c.id = r.parent_id "
                      "LEFT JOIN geo_unit rc ON rc.id = g.parent_id AND g.level = 'region'"),
                  {tr("Code"), tr("Name"), tr("Channel"), tr("City"), tr("Region"), tr("Country"), tr("Brand"),
                   tr("Competitor"), tr("Staff"), tr("Active")},
                  {QStringLiteral("l.code"), QStringLiteral("l.name"), QStringLiteral("l.city"), QStringLiteral("l.brand")},
                  QStringLiteral("l.is_competitor, l.code"),
                  {{2, DomainLabels::Channel}, {7, DomainLabels::Check}, {9, DomainLabels::Check}}};
        spec.keys = {QStringLiteral("code"),  QStringLiteral("name"),  QStringLiteral("channel"),    QStringLiteral("city"),
                     QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("brand"), QStringLiteral("competitor"),
                     QStringLiteral("staff"), QStringLiteral("active")};
        spec.filters = {
            // The region a location is in, whether it hangs off the region or one of its areas;
            // 0: no region.
            {QStringLiteral("region"), tr("Region"), tr("All regions"),
             QStringLiteral("coalesce(CASE g.level WHEN 'region' THEN g.id WHEN 'area' THEN g.parent_id END, 0) = ?"),
             QStringLiteral("SELECT r.id, c.name || ' › ' || r.name FROM geo_unit r JOIN geo_unit c ON c.id = r.parent_id "
                            "WHERE r.level = 'region' ORDER BY c.name, r.name"),
             DomainLabels::None, {{tr("(no region)"), 0}}},
            {QStringLiteral("channel"), tr("Channel"), tr("All channels"), QStringLiteral("l.channel = ?"),
             QStringLiteral("SELECT DISTINCT channel, channel FROM location ORDER BY 1"), DomainLabels::Channel},
            {QStringLiteral("competitor"), tr("Competitor"), tr("Own and competitors"), QStringLiteral("l.is_competitor = ?"),
             QString(), DomainLabels::None, {{tr("Own locations"), 0}, {tr("Competitors"), 1}}},
            {QStringLiteral("active"), tr("Active"), tr("Active and inactive"), QStringLiteral("l.active = ?"), QString(),
             DomainLabels::None, {{tr("Active"), 1}, {tr("Inactive"), 0}}},
            // A node of the geography (country, region or area, with everything under it); 0: the
            // locations without any geography. (ifnull also keeps SQLite scanning the table in
            // order, which beats 50,000 index lookups when a country holds most locations.)
            {QStringLiteral("place"), QString(), QString(),
             QStringLiteral("ifnull(l.geo_unit_id, 0) IN (WITH RECURSIVE under(id) AS (SELECT ? UNION ALL SELECT u.id "
                            "FROM geo_unit u JOIN under ON u.parent_id = under.id) SELECT id FROM under)")},
            {QStringLiteral("location"), QString(), QString(), QStringLiteral("l.id = ?")},
        };
        return spec;
    }
    case Scenarios:
        return {QStringLiteral(
                    "SELECT s.code, (SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id "
                    " AND t.language = (SELECT source_language FROM programme)), s.channel, s.fee, s.expected_minutes, "
                    "CASE WHEN s.min_age IS NULL AND s.max_age IS NULL THEN '' "
                    " ELSE ifnull(s.min_age, '') || '–' || ifnull(s.max_age, '') END, "
                    "(SELECT group_concat(r.value, ', ') FROM scenario_requirement r WHERE r.scenario_id = s.id), "
                    "(SELECT qn.code || ' v' || qv.number FROM questionnaire_version qv "
                    " JOIN questionnaire qn ON qn.id = qv.questionnaire_id WHERE qv.id = s.version_id), "
                    "CASE s.active WHEN 1 THEN '✓' ELSE '' END "
                    "FROM scenario s"),
                {tr("Code"), tr("Title"), tr("Channel"), tr("Fee"), tr("Minutes"), tr("Age"), tr("Requires"),
                 tr("Questionnaire"), tr("Active")},
                {QStringLiteral("s.code"),
                 QStringLiteral("(SELECT group_concat(t.title, ' ') FROM scenario_text t WHERE t.scenario_id = s.id)")},
                QStringLiteral("s.code"),
                {{2, DomainLabels::Channel}}};
    case Waves:
        return {QStringLiteral(
                    "SELECT w.code, w.name, w.starts_on, w.ends_on, w.status, "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id), "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.shopper_id IS NOT NULL), "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.status = 'approved') "
                    "FROM wave w"),
                {tr("Code"), tr("Name"), tr("Starts"), tr("Ends"), tr("Status"), tr("Visits"), tr("Assigned"),
                 tr("Approved")},
                {QStringLiteral("w.code"), QStringLiteral("w.name"), QStringLiteral("w.status")},
                QStringLiteral("w.starts_on"),
                {{4, DomainLabels::WaveStatus}}};
    case Visits:
        return {QStringLiteral(
                    "SELECT v.id, w.code, l.code, l.name, sc.code, v.slot, v.planned_date, v.daypart, v.status "
                    "FROM visit v JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id "
                    "JOIN scenario sc ON sc.id = v.scenario_id"),
                {tr("Visit"), tr("Wave"), tr("Location"), tr("Location name"), tr("Scenario"), tr("Slot"),
                 tr("Planned"), tr("Daypart"), tr("Status")},
                {QStringLiteral("l.code"), QStringLiteral("l.name"), QStringLiteral("w.code"), QStringLiteral("v.status")},
                QStringLiteral("v.id"),
                {{7, DomainLabels::Daypart}, {8, DomainLabels::VisitStatus}}};
    case Shoppers: {
        Spec spec{QStringLiteral(
                      "SELECT s.code, p.full_name, s.home_city, s.gender, s.birth_year, "
                      "(SELECT group_concat(language, ', ') FROM shopper_language x WHERE x.shopper_id = s.id), "
                      "(SELECT group_concat(tag, ', ') FROM shopper_tag t WHERE t.shopper_id = s.id), "
                      "s.capacity_per_wave, s.status, s.rating "
                      "FROM shopper s LEFT JOIN shopper_personal p ON p.shopper_id = s.id"),
                  {tr("Code"), tr("Name"), tr("City"), tr("Gender"), tr("Born"), tr("Languages"), tr("Tags"),
                   tr("Per wave"), tr("Status"), tr("Rating")},
                  {QStringLiteral("s.code"), QStringLiteral("p.full_name"), QStringLiteral("s.home_city"), QStringLiteral("p.email")},
                  QStringLiteral("s.code"),
                  {{3, DomainLabels::Gender}, {8, DomainLabels::ShopperStatus}}};
        spec.keys = {QStringLiteral("code"),   QStringLiteral("name"),      QStringLiteral("city"),
                     QStringLiteral("gender"), QStringLiteral("birth_year"), QStringLiteral("languages"),
                     QStringLiteral("tags"),   QStringLiteral("capacity_wave"), QStringLiteral("status"),
                     QStringLiteral("rating")};
        spec.filters = {
            {QStringLiteral("status"), tr("Status"), tr("All statuses"), QStringLiteral("s.status = ?"),
             QStringLiteral("SELECT DISTINCT status, status FROM shopper ORDER BY 1"), DomainLabels::ShopperStatus},
            {QStringLiteral("city"), tr("City"), tr("All cities"), QStringLiteral("s.home_city = ?"),
             QStringLiteral("SELECT DISTINCT home_city, home_city FROM shopper WHERE home_city <> '' ORDER BY 1")},
            {QStringLiteral("language"), tr("Language"), tr("All languages"),
             QStringLiteral("EXISTS (SELECT 1 FROM shopper_language x WHERE x.shopper_id = s.id AND x.language = ?)"),
             QStringLiteral("SELECT DISTINCT language, language FROM shopper_language ORDER BY 1")},
            {QStringLiteral("tag"), tr("Tag"), tr("All tags"),
             QStringLiteral("EXISTS (SELECT 1 FROM shopper_tag t WHERE t.shopper_id = s.id AND t.tag = ?)"),
             QStringLiteral("SELECT DISTINCT tag, tag FROM shopper_tag ORDER BY 1")},
        };
        return spec;
    }
    case Assignments: {
        // The assignment board: who carries out which visit, wave by wave.
        Spec spec{QStringLiteral(
                      "SELECT v.id, w.code, l.code, l.name, coalesce(r.name, CASE g.level WHEN 'region' THEN g.name END), "
                      "sc.code, v.planned_date, v.daypart, sh.code, v.status, v.assigned_by, "
                      "CASE v.locked WHEN 1 THEN '✓' ELSE '' END "
                      "FROM visit v JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id "
                      "JOIN scenario sc ON sc.id = v.scenario_id "
                      "LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
                      "LEFT JOIN geo_unit r ON r.id = g.parent_id AND g.level = 'area' "
                      "LEFT JOIN shopper sh ON sh.id = v.shopper_id"),
                  {tr("Visit"), tr("Wave"), tr("Location"), tr("Location name"), tr("Region"), tr("Scenario"), tr("Planned"),
                   tr("Daypart"), tr("Shopper"), tr("Status"), tr("By"), tr("Locked")},
                  {QStringLiteral("l.code"), QStringLiteral("l.name"), QStringLiteral("sh.code"), QStringLiteral("w.code")},
                  QStringLiteral("w.starts_on DESC, l.code, v.slot"), // the current waves first
                  {{7, DomainLabels::Daypart}, {9, DomainLabels::VisitStatus}, {10, DomainLabels::AssignedBy}}};
        spec.filters = {
            {QStringLiteral("wave"), tr("Wave"), tr("All waves"), QStringLiteral("v.wave_id = ?"),
             QStringLiteral("SELECT id, code || ' — ' || name FROM wave ORDER BY starts_on DESC, code")},
            {QStringLiteral("region"), tr("Region"), tr("All regions"),
             QStringLiteral("coalesce(CASE g.level WHEN 'region' THEN g.id WHEN 'area' THEN g.parent_id END, 0) = ?"),
             QStringLiteral("SELECT r.id, c.name || ' › ' || r.name FROM geo_unit r JOIN geo_unit c ON c.id = r.parent_id "
                            "WHERE r.level = 'region' ORDER BY c.name, r.name"),
             DomainLabels::None, {{tr("(no region)"), 0}}},
            {QStringLiteral("status"), tr("Status"), tr("All statuses"), QStringLiteral("v.status = ?"),
             QStringLiteral("SELECT DISTINCT status, status FROM visit ORDER BY 1"), DomainLabels::VisitStatus},
        };
        spec.keys = {QStringLiteral("visit"),  QStringLiteral("wave"),     QStringLiteral("location"), QStringLiteral("location_name"),
                     QStringLiteral("region"), QStringLiteral("scenario"), QStringLiteral("date"),     QStringLiteral("daypart"),
                     QStringLiteral("shopper"), QStringLiteral("status"),  QStringLiteral("assigned_by"), QStringLiteral("locked")};
        return spec;
    }
    case Responses: {
        // The review queue: reports that came back, wave by wave.
        Spec spec{QStringLiteral(
                      "SELECT r.id, w.code, l.code, l.name, sc.code, sh.code, r.visited_on, r.duration_minutes, "
                      "r.language, CASE WHEN r.submitted_at IS NULL AND v.status <> 'approved' THEN 'draft' ELSE v.status END, "
                      "(SELECT count(*) FROM answer a WHERE a.response_id = r.id) "
                      "FROM response r JOIN visit v ON v.id = r.visit_id JOIN wave w ON w.id = v.wave_id "
                      "JOIN location l ON l.id = v.location_id JOIN scenario sc ON sc.id = v.scenario_id "
                      "LEFT JOIN shopper sh ON sh.id = v.shopper_id"),
                  {tr("Report"), tr("Wave"), tr("Location"), tr("Location name"), tr("Scenario"), tr("Shopper"),
                   tr("Visited"), tr("Minutes"), tr("Language"), tr("Status"), tr("Answers")},
                  {QStringLiteral("l.code"), QStringLiteral("l.name"), QStringLiteral("sh.code"), QStringLiteral("w.code")},
                  QStringLiteral("w.starts_on DESC, r.id"), // the current wave first
                  {{9, DomainLabels::VisitStatus}}};
        spec.filters = {
            {QStringLiteral("wave"), tr("Wave"), tr("All waves"), QStringLiteral("v.wave_id = ?"),
             QStringLiteral("SELECT id, code || ' — ' || name FROM wave ORDER BY starts_on DESC, code")},
            // A report not yet submitted is a draft, whatever its visit's fieldwork status.
            {QStringLiteral("status"), tr("Status"), tr("All statuses"),
             QStringLiteral("(CASE WHEN r.submitted_at IS NULL AND v.status <> 'approved' THEN 'draft' ELSE v.status END) = ?"),
             QStringLiteral("SELECT DISTINCT s, s FROM (SELECT CASE WHEN r.submitted_at IS NULL AND v.status <> 'approved' THEN 'draft' "
                            "ELSE v.status END AS s FROM response r JOIN visit v ON v.id = r.visit_id) ORDER BY 1"),
             DomainLabels::VisitStatus},
        };
        return spec;
    }
    case WaveResults:
        return {QStringLiteral(
                    "SELECT w.code, w.name, w.status, "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.status <> 'cancelled'), "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.status IN ('submitted', 'approved', 'rejected')), "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.status = 'approved'), "
                    "(SELECT count(*) FROM visit v WHERE v.wave_id = w.id AND v.status = 'rejected') "
                    "FROM wave w"),
                {tr("Wave"), tr("Name"), tr("Status"), tr("Planned visits"), tr("Reports in"), tr("Approved"),
                 tr("Sent back")},
                {QStringLiteral("w.code"), QStringLiteral("w.name")},
                QStringLiteral("w.starts_on"),
                {{2, DomainLabels::WaveStatus}}};
    }
    return {};
}
