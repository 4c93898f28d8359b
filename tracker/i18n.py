"""The message catalogue: every user-facing sentence in Chinese (default) and English.

Messages are looked up by a dotted code; `{name}` placeholders are filled from
keyword parameters. A code missing from the catalogue is a bug, so it raises.
"""

from __future__ import annotations

import os
from typing import Literal, get_args

Lang = Literal["zh", "en"]
LANGS: tuple[str, ...] = get_args(Lang)

# code: (Chinese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "severity.warning": ("警告：", "warning: "),
    # files
    "file.not_found": ("找不到文件", "file not found"),
    "file.is_directory": ("这是一个文件夹，不是文件", "is a folder, not a file"),
    "file.unreadable": ("无法读取文件：{reason}", "cannot read the file: {reason}"),
    "file.not_utf8": ("不是 UTF-8 编码的文本（请另存为 UTF-8）", "not UTF-8 text (save it as UTF-8)"),
    "file.empty": ("文件是空的", "the file is empty"),
    "file.no_data": ("文件中只有注释，没有内容", "the file holds only comments, no data"),
    "file.write_failed": ("无法写入文件：{reason}", "cannot write the file: {reason}"),
    # YAML syntax
    "yaml.syntax": ("YAML 格式错误：{problem}", "broken YAML: {problem}"),
    "yaml.tab": ("不能用制表符（Tab）缩进，请改用空格", "a tab cannot indent YAML; use spaces"),
    "yaml.indent": ("缩进不对齐：同一层的键应左端对齐（{problem}）", "bad indentation: keys of one level must line up ({problem})"),
    "yaml.missing_colon": ("缺少冒号：应写作“键: 值”（{problem}）", "missing ':' after a key; write 'key: value' ({problem})"),
    "yaml.fullwidth_colon": ("这里用了中文冒号“：”，YAML 的键后面要用英文冒号加空格“: ”", "a full-width '：' follows the key; YAML needs ': ' (ASCII colon and a space)"),
    "yaml.colon_in_value": ("值里含有“: ”，请把整个值放在引号里", "the value contains ': '; put the whole value in quotes"),
    "yaml.unclosed_quote": ("引号没有闭合", "a quote is opened here but never closed"),
    "yaml.duplicate_key": ("键“{key}”重复出现", "the key '{key}' appears twice"),
    "yaml.not_mapping": ("这里应是“键: 值”形式的映射", "expected a mapping of 'key: value' here"),
    # schema
    "schema.missing": ("缺少必填字段“{field}”", "missing required field '{field}'"),
    "schema.unknown_field": ("未知字段“{field}”", "unknown field '{field}'"),
    "schema.unknown_field_suggest": ("未知字段“{field}”（是否应为“{suggestion}”？）", "unknown field '{field}' (did you mean '{suggestion}'?)"),
    "schema.not_text": ("“{field}”应为文字", "'{field}' must be text"),
    "schema.not_list": ("“{field}”应为列表", "'{field}' must be a list"),
    "schema.not_mapping": ("“{field}”应为“键: 值”形式的映射", "'{field}' must be a mapping of 'key: value'"),
    "schema.not_integer": ("“{field}”应为整数", "'{field}' must be a whole number"),
    "schema.empty": ("“{field}”不能为空", "'{field}' must not be empty"),
    "schema.choice": ("“{field}”应为以下之一：{choices}", "'{field}' must be one of: {choices}"),
    "schema.bad_date": ("“{field}”不是有效日期“{value}”，应写作 2025-12-31", "'{field}' is not a valid date '{value}'; write it as 2025-12-31"),
    "schema.bad_id": ("标识“{value}”只能包含字母、数字、连字符和下划线", "id '{value}' may only contain letters, digits, '-' and '_'"),
    "schema.invalid": ("“{field}”取值无效：{detail}", "'{field}' is invalid: {detail}"),
    # quantities
    "quantity.empty": ("数量为空", "the quantity is empty"),
    "quantity.no_number": ("“{text}”中没有可读的数字", "no number to read in '{text}'"),
    "quantity.unknown_unit": ("无法识别的单位“{unit}”（在“{text}”中）", "unknown unit '{unit}' in '{text}'"),
    "quantity.trailing": ("“{text}”中数量后面多出“{extra}”", "unexpected '{extra}' after the quantity in '{text}'"),
    "quantity.leading": ("“{text}”中数量前面多出“{extra}”", "unexpected '{extra}' before the quantity in '{text}'"),
    "quantity.several": ("“{text}”包含多个数量，每个指标只能有一个", "'{text}' holds several quantities; give each its own target"),
    "quantity.conflict": ("“{text}”的限定词互相矛盾（既是“以上”又是“以内”）", "'{text}' says both at least and at most"),
    "quantity.bad_number": ("无法读取数字“{number}”", "cannot read the number '{number}'"),
    # periods
    "period.bad": (
        "无法识别的期间“{value}”，应写作 2025、2025-H1、2025-Q3、2025-03 或 2025-03..2025-10",
        "bad period '{value}': write 2025, 2025-H1, 2025-Q3, 2025-03 or 2025-03..2025-10",
    ),
    "period.reversed": ("期间“{value}”的开始晚于结束", "period '{value}' starts after it ends"),
    # targets file
    "targets.duplicate_id": ("标识“{id}”重复，第一次出现在第 {line} 行", "duplicate id '{id}', first used on line {line}"),
    "targets.duplicate_plan": ("计划标识“{id}”重复，第一次出现在第 {line} 行", "duplicate plan id '{id}', first used on line {line}"),
    "targets.no_plans": ("文件中没有计划（plans 为空）", "the file has no plans yet (plans is empty)"),
    "targets.milestone_with_target": (
        "里程碑“{id}”不应有数值目标；删除 target 或改为 kind: quantity",
        "milestone '{id}' has a numeric target; remove 'target' or set kind: quantity",
    ),
    "targets.quantity_without_target": (
        "指标“{id}”缺少 target（数值目标）；若是定性任务请写 kind: milestone",
        "target '{id}' has no 'target' quantity; for a qualitative task write kind: milestone",
    ),
    "targets.status_on_quantity": (
        "只有里程碑可以写 status；数值指标的状态由进度计算得出",
        "only milestones take a 'status'; a quantity's status is computed from progress",
    ),
    "targets.due_outside": (
        "截止日期 {due} 不在计划期间 {period}（{start} 至 {end}）之内",
        "due date {due} is outside the plan's period {period} ({start} to {end})",
    ),
    "targets.period_outside": (
        "指标期间 {value} 不在计划期间 {period} 之内",
        "target period {value} is outside the plan's period {period}",
    ),
    "targets.due_outside_target": (
        "截止日期 {due} 不在该指标的期间 {period} 之内", "due date {due} is outside the target's own period {period}"),
    "targets.comparator_on_milestone": ("里程碑没有数值，不能写 comparator", "a milestone has no number; 'comparator' does not apply"),
    "schema.key_not_text": ("键必须是文字", "keys must be text"),
    "targets.source_missing": ("找不到来源文件 {source}", "source file {source} not found"),
    "targets.summary": (
        "{path}：{plans}，{targets}（{quantities}，{milestones}）",
        "{path}: {plans}, {targets} ({quantities}, {milestones})",
    ),
    "targets.summary_warnings": ("，{count}", ", {count}"),
    "targets.unknown_plan": ("没有标识为“{id}”的计划（已有：{known}）", "no plan with id '{id}' (known: {known})"),
    # manifest
    "manifest.file_missing": ("清单中列出的文件 {file} 不存在", "the manifest lists {file}, which does not exist"),
    "manifest.duplicate_file": ("文件 {file} 在清单中重复，第一次出现在第 {line} 行", "{file} is listed twice, first on line {line}"),
    "manifest.summary": ("；{path}：{count}", "; {path}: {count}"),
    "check.clean": ("，未发现错误", ", no errors"),
    # tables
    "col.id": ("标识", "id"),
    "col.kind": ("类型", "kind"),
    "col.title": ("指标", "title"),
    "col.target": ("目标值", "goal"),
    "col.due": ("截止", "due"),
    "col.section": ("章节", "section"),
    "kind.quantity": ("数值", "quantity"),
    "kind.milestone": ("里程碑", "milestone"),
    "milestone.not_started": ("未开始", "not started"),
    "milestone.in_progress": ("进行中", "in progress"),
    "milestone.done": ("已完成", "done"),
    "col.offset": ("位置", "offset"),
    "col.text": ("原文", "text"),
    "col.value": ("数值", "value"),
    "col.unit": ("单位", "unit"),
    "col.modality": ("性质", "modality"),
    "col.period": ("期间", "period"),
    "col.subject": ("指向", "subject"),
    "modality.achieved": ("已完成", "achieved"),
    "modality.planned": ("计划", "planned"),
    "modality.proposed": ("申报中", "proposed"),
    "period.unknown": ("未知", "unknown"),
    "period.cumulative_mark": ("（累计）", " (cumulative)"),
    "ingest.progress": ("入库 {done}/{total}：{path}", "ingest {done}/{total}: {path}"),
    "ingest.summary": (
        "{folder}：新入库 {stored} 个文件（{figures} 个数据），{unchanged} 个未变，{removed} 个已移除，{failed} 个无法读取",
        "{folder}: {stored} stored ({figures} figures), {unchanged} unchanged, {removed} removed, {failed} unreadable",
    ),
    "ingest.not_folder": ("{path} 不是文件夹", "{path} is not a folder"),
    "plan.heading": ("{title}（{id}，{region}，{period}）", "{title} ({id}, {region}, {period})"),
    # status
    "status.done": ("已完成", "done"),
    "status.on_track": ("正常推进", "on track"),
    "status.behind": ("滞后", "behind"),
    "status.severely_behind": ("严重滞后", "severely behind"),
    "status.no_data": ("暂无数据", "no data"),
    "status.missed": ("未完成", "missed"),
    "status.in_progress": ("推进中", "in progress"),
    "status.not_started": ("未启动", "not started"),
    "status.stale": ("数据过期", "stale"),
    "status.conflict": ("来源数值不一致", "sources disagree"),
    "status.heading": ("{title}（{id}，{region}，{period}）截至 {as_of}", "{title} ({id}, {region}, {period}) as of {as_of}"),
    "status.summary": ("{counts}；有数据的指标平均完成 {completion}，序时进度 {expected}",
                       "{counts}; mean completion of targets with data {completion}, against {expected} of time elapsed"),
    "status.summary_no_data": ("{counts}；暂无任何进展数据", "{counts}; no progress figures yet"),
    "status.unapplied": ("有 {count} 条审核决定找不到对应数据（已保留，数据重新出现时自动生效）：{refs}",
                         "{count} review decisions found no figure (kept; they apply when it returns): {refs}"),
    "col.actual": ("完成值", "actual"),
    "col.completion": ("完成率", "done"),
    "col.expected": ("序时进度", "expected"),
    "col.status": ("状态", "status"),
    "col.gap": ("差距", "gap"),
    "col.source": ("数据来源", "source"),
    # terminal UI
    "tui.title": ("科技工作目标进度", "Work plan progress"),
    "tui.loading": ("正在读取目标和材料…", "Reading targets and documents…"),
    "tui.refreshing": ("上次结果，正在更新…", "last results, updating…"),
    "tui.computing": ("首次读取材料、计算进度中…", "reading the documents and computing progress for the first time…"),
    "tui.pending": ("计算中…", "computing…"),
    "tui.all": ("全部", "all"),
    "tui.filter.plan": ("计划", "plan"),
    "tui.filter.section": ("章节", "section"),
    "tui.filter.status": ("状态", "status"),
    "tui.filter.owner": ("责任处室", "owner"),
    "tui.search": ("搜索指标（/）", "search targets (/)"),
    "tui.no_targets": ("没有符合条件的指标", "no target matches"),
    "tui.no_behind": ("没有滞后的指标", "no target is behind"),
    "tui.shown": ("显示 {shown} / {total} 个指标", "{shown} of {total} targets shown"),
    "tui.key.quit": ("退出", "quit"),
    "tui.key.search": ("搜索", "search"),
    "tui.key.next_behind": ("下一个滞后", "next behind"),
    "tui.key.review": ("审核", "review"),
    "tui.key.add": ("新增指标", "add target"),
    "tui.key.edit": ("修改指标", "edit target"),
    "tui.key.help": ("帮助", "help"),
    "tui.key.back": ("返回", "back"),
    "tui.key.open": ("查看原文", "open source"),
    "tui.key.accept": ("确认", "accept"),
    "tui.key.reject": ("否决", "reject"),
    "tui.key.manual": ("手工录入", "enter value"),
    "tui.key.skip": ("跳过", "skip"),
    "tui.key.note": ("滞后原因", "lag note"),
    "tui.key.language": ("English", "中文"),
    "tui.key.refresh": ("刷新", "refresh"),
    "tui.key.sort": ("排序", "sort"),
    "tui.key.filters": ("清除筛选", "clear filters"),
    "tui.detail.definition": ("指标定义", "Definition"),
    "tui.detail.quote": ("原文", "quote"),
    "tui.detail.section": ("章节", "section"),
    "tui.detail.owner": ("责任处室", "owner"),
    "tui.detail.due": ("截止", "due"),
    "tui.detail.period": ("期间", "period"),
    "tui.detail.evidence": ("数据来源（{count} 条）", "Evidence ({count})"),
    "tui.detail.no_evidence": ("尚未在材料中找到相关数据", "no figure found in the documents yet"),
    "tui.detail.history": ("历年数值", "Values over time"),
    "tui.detail.progress": ("进度", "Progress"),
    "tui.detail.note": ("滞后原因与整改措施（{who}，{date}）", "Lag cause and measures ({who}, {date})"),
    "tui.detail.no_note": ("尚未填写滞后原因（按 l 填写）", "no lag note yet (press l)"),
    "tui.col.date": ("日期", "date"),
    "tui.col.role": ("类别", "role"),
    "tui.col.review": ("审核", "review"),
    "tui.col.confidence": ("可信度", "confidence"),
    "tui.col.document": ("材料", "document"),
    "tui.col.quote": ("原文", "quote"),
    "tui.review.title": ("待审核匹配（剩余 {left}，已处理 {done}）", "Matches to review ({left} left, {done} done)"),
    "tui.review.empty": ("没有待审核的匹配", "nothing waiting for review"),
    "tui.review.saved": ("已记录：{action} {id}", "saved: {action} {id}"),
    "tui.review.why": ("匹配理由", "why matched"),
    "tui.manual.title": ("手工录入 {id} 的数值", "Enter a value for {id}"),
    "tui.manual.value": ("数值（如 4.5亿元）", "value (e.g. 4.5亿元)"),
    "tui.manual.as_of": ("截至日期（YYYY-MM-DD）", "as of (YYYY-MM-DD)"),
    "tui.manual.source": ("来源", "source"),
    "tui.manual.note": ("备注", "note"),
    "tui.note.title": ("{id} 滞后原因与整改措施", "Lag cause and measures for {id}"),
    "tui.note.cause": ("滞后原因", "cause of the lag"),
    "tui.note.measures": ("整改措施", "corrective measures"),
    "tui.note.saved": ("已保存 {id} 的滞后原因", "lag note saved for {id}"),
    "tui.save": ("保存", "save"),
    "tui.cancel": ("取消", "cancel"),
    "tui.form.add_title": ("新增指标", "Add a target"),
    "tui.form.metric": ("统计口径（材料中的叫法）", "metric (what documents call it)"),
    "tui.form.aliases": ("别名（用逗号分隔）", "aliases (comma-separated)"),
    "tui.form.edit_title": ("修改指标 {id}", "Edit target {id}"),
    "tui.form.saved": ("已写入 {path}：{id}", "written to {path}: {id}"),
    "tui.form.invalid": ("有 {count} 处需要修改", "{count} field(s) to fix"),
    "tui.reload.done": ("{path} 已在外部修改，已重新读取", "{path} changed on disk and was read again"),
    "tui.reload.invalid": ("{path} 有错误，仍显示上次有效的内容", "{path} has errors; the last valid state is kept"),
    "tui.errors.title": ("{path} 中的问题", "Problems in {path}"),
    "tui.document.title": ("{path}（{count} 个数据）", "{path} ({count} figures)"),
    "tui.help.title": ("按键说明", "Keys"),
    "tui.error": ("出错了：{error}", "something went wrong: {error}"),
    "progress.gap_sentence": ("还差 {gap}，剩余 {months} 个月，月均需 {rate}",
                              "{gap} to go, {months} months left, {rate} a month needed"),
    "progress.gap_over": ("还差 {gap}（期限已过）", "{gap} short (the period is over)"),
    "progress.completion_sentence": ("完成{actual}，占年度目标{completion}，{versus}",
                                     "{actual} done, {completion} of the target, {versus}"),
    "progress.below": ("低于序时进度{points}个百分点", "{points} points below the time-elapsed pace"),
    "progress.above": ("高于序时进度{points}个百分点", "{points} points ahead of the time-elapsed pace"),
    # matching and review
    "role.progress": ("进展", "progress"),
    "role.baseline": ("往年基数", "baseline"),
    "review.auto": ("自动采纳", "auto"),
    "review.pending": ("待审核", "pending"),
    "review.accepted": ("已确认", "accepted"),
    "review.rejected": ("已驳回", "rejected"),
    "review.manual": ("手工录入", "manual"),
    "review.dropped": ("置信度低", "low confidence"),
    "match.reason.none": ("名称不相符", "no name in common"),
    "match.reason.subject_equal": ("所指“{subject}”与指标名“{name}”一致", "the figure counts “{subject}”, the target's name “{name}”"),
    "match.reason.subject_like": ("所指“{subject}”与指标名“{name}”相近", "the figure counts “{subject}”, close to the target's name “{name}”"),
    "match.reason.category": ("数据被列入“{name}”一类", "the figure is counted into “{name}”"),
    "match.reason.clause": ("所在分句提到“{name}”", "its clause names “{name}”"),
    "match.reason.lead": ("数据前紧接“{name}”", "“{name}” comes right before the figure"),
    "match.reason.elided": ("承前省略：句中前文有“{name}”", "the list drops the head: the sentence began with “{name}”"),
    "match.reason.qualified": ("句中前文有“{name}”，数字所计为其对象", "the sentence names “{name}” first; the figure counts what it went to"),
    "match.reason.level": ("层级（国家/省/市）与指标不同", "another level (national/provincial/city) than the target's"),
    "match.reason.sense": ("一个是新增量、一个是总量", "one is a flow (new), the other a stock (total)"),
    "match.reason.growth": ("一个是增长率、一个不是", "one is a growth rate, the other is not"),
    "match.reason.domestic": ("所在段落讲国内资源，指标讲国际合作", "its paragraph is about domestic resources, the target about abroad"),
    "match.reason.multi_year": ("跨五年规划期的数据", "counted over a five-year plan"),
    "match.reason.manual": ("{who} 手工录入", "entered by hand by {who}"),
    "review.unknown_target": ("没有标识为 {id} 的指标", "no target with id {id}"),
    "review.not_quantity": ("{id} 是里程碑，没有数值可审核", "{id} is a milestone; it has no figures to review"),
    "review.unknown_ref": ("指标 {id} 没有来源为 {ref} 的候选数据（用 tracker review list --all 查看）",
                           "target {id} has no candidate figure {ref} (see tracker review list --all)"),
    "review.saved": ("已记录：{id} {action} {ref}", "recorded: {id} {action} {ref}"),
    "review.exported": ("已导出 {count} 条审核决定到 {path}", "exported {count} review decisions to {path}"),
    "review.imported": ("从 {path} 导入 {count} 条新的审核决定（{skipped} 条已存在）",
                        "imported {count} new review decisions from {path} ({skipped} already stored)"),
    "review.none_pending": ("没有待审核的匹配", "no matches wait for review"),
    "review.bad_value": ("无法读取数值“{value}”：{reason}", "cannot read the value '{value}': {reason}"),
    "review.unit_mismatch": ("数值单位 {unit} 与指标 {id} 的单位 {target_unit} 不一致", "the value's unit {unit} does not match target {id}'s unit {target_unit}"),
    "cli.targets_invalid": ("{path} 有错误，请先修正（tracker check）", "{path} has errors; fix them first (tracker check)"),
    "cli.bad_date": ("无法识别的日期“{value}”，应写作 2025-06-30", "cannot read the date '{value}'; write it as 2025-06-30"),
    "schema.bad_share": ("“{value}”不是 0 到 100 之间的百分比", "'{value}' is not a percentage from 0 to 100"),
    "schema.bands_order": ("behind 不能小于 on_track", "behind must not be below on_track"),
    "targets.profile_outside": ("进度节点 {value} 不在指标期间 {period} 之内", "checkpoint {value} lies outside the target's period {period}"),
    "targets.profile_order": ("进度节点的比例应随时间递增（{value}）", "checkpoint shares must grow over time ({value})"),
    # reading documents
    "read.unsupported": ("不支持的文件类型 {suffix}（支持：{supported}）", "unsupported file type {suffix} (supported: {supported})"),
    "read.binary": ("不是文本文件（二进制内容）", "not a text document (binary content)"),
    "read.undecodable": ("无法识别文本编码", "cannot tell the text encoding"),
    "read.broken": ("{kind} 文件已损坏：{reason}", "broken {kind} file: {reason}"),
    "read.pdf_no_text": ("PDF 中没有文字层（可能是扫描件，需要先做文字识别）", "the PDF has no text layer (a scanned image? run OCR first)"),
    "read.no_text": ("文件中没有文字", "the file holds no text"),
    "meta.missing": ("未能从正文推断：{fields}（可在 manifest.yaml 中补充）", "could not infer {fields} from the text (give them in manifest.yaml)"),
    # command line
    "cli.internal_error": (
        "tracker 内部错误：{error}（设置 TRACKER_DEBUG=1 可查看详细信息，请报告此问题）",
        "tracker internal error: {error} (set TRACKER_DEBUG=1 for the traceback; please report it)",
    ),
    "cli.interrupted": ("已中断", "interrupted"),
    "cli.database_url": ("数据库地址无效：{reason}", "bad database URL: {reason}"),
    "store.driver_missing": (
        "未安装数据库驱动 {driver}（PostgreSQL 请运行 pip install 'tracker[postgres]'）",
        "the database driver {driver} is not installed (for PostgreSQL: pip install 'tracker[postgres]')",
    ),
    "store.connect_failed": ("无法连接数据库 {url}：{reason}", "cannot open the database {url}: {reason}"),
}


# word: (Chinese measure and noun, English singular, English plural)
NOUNS: dict[str, tuple[str, str, str]] = {
    "plan": ("个计划", "plan", "plans"),
    "target": ("个指标", "target", "targets"),
    "quantity": ("个数值指标", "quantity", "quantities"),
    "milestone": ("个里程碑", "milestone", "milestones"),
    "warning": ("条警告", "warning", "warnings"),
    "document": ("个文件", "document", "documents"),
    "figure": ("个数据", "figure", "figures"),
}


def count(number: int, noun: str, lang: Lang) -> str:
    """``3 个计划`` or ``3 plans`` / ``1 plan``."""
    zh, one, many = NOUNS[noun]
    if lang == "zh":
        return f"{number} {zh}"
    return f"{number} {one if number == 1 else many}"


def translate(code: str, lang: Lang = "en", /, **params: object) -> str:
    """The catalogue message `code` in `lang`, with `params` filled in."""
    if code not in MESSAGES:
        from tracker.errors import TrackerInternalError

        raise TrackerInternalError(f"no message {code!r} in the catalogue")
    zh, en = MESSAGES[code]
    template = zh if lang == "zh" else en
    return template.format(**params) if params else template


def default_lang() -> Lang:
    """The language from TRACKER_LANG, else Chinese."""
    value = os.environ.get("TRACKER_LANG", "zh").lower()
    return "en" if value.startswith("en") else "zh"
