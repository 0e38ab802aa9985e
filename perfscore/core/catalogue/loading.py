"""Loading messages (PS1xx): what the YAML reader refuses, key -> (zh-TW, English). `yaml.*` are libyaml's
own problem and context sentences, each English text exactly as libyaml writes it, so the reader finds the
translation by the text (readers/yaml/exact.py); one libyaml has not been seen to write is kept as written,
inside a zh-TW sentence that says what it is."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "PS101.syntax": ("{problem}{context}{hint}", "{problem}{context}{hint}"),
    "PS101.context": ("（{context}）", " ({context})"),
    "PS101.library": ("YAML 格式錯誤（libyaml：{text}）", "{text}"),
    "PS101.invalid": ("YAML 格式錯誤", "invalid YAML"),
    "PS101.lookalike": (
        "；第 {line} 行第 {column} 欄有{what}：{fix}",
        "; line {line} has {what} at column {column}: {fix}"
    ),
    "lookalike.colon": ("全形冒號「：」（U+FF1A）", "a full-width colon '：' (U+FF1A)"),
    "lookalike.colon_fix": ("請改打半形「:」再加一個空白", "type ':' followed by a space"),
    "lookalike.space": ("全形空白（U+3000）", "a full-width space (U+3000)"),
    "lookalike.space_fix": ("請以一般空白縮排", "indent with ordinary spaces"),
    "lookalike.tab": ("定位字元（tab）", "a tab"),
    "lookalike.tab_fix": ("請以空白縮排；YAML 的縮排不允許定位字元", "indent with spaces; YAML does not allow tabs in "
                          "indentation"),
    "PS101.indent": (
        "；第 {line} 行從第 {indent} 欄開始，但第 {above} 行的{what}從第 {column} 欄開始：請對齊兩者的縮排",
        "; line {line} starts at column {indent}, but {what} at line {above} starts at column {column}: "
        "indent both alike"
    ),
    "PS101.block": (
        "；第 {line} 行的值 {value} 以「{char}」開頭，YAML 會把它當作多行文字的開頭："
        "請加引號寫成 {key}: \"{quoted}\"{fix}",
        "; the value {value} on line {line} starts with '{char}', which YAML reads as the start of a block of "
        "text: quote it ({key}: \"{quoted}\"){fix}"
    ),
    "block.or": ("，或寫成 {plain}", " or write {plain}"),
    "indent.item": ("清單項目", "the list item"),
    "indent.key": ("鍵", "the key"),
    # libyaml's problems and contexts, in its words
    "yaml.mapping_here": (
        "此處不允許對應的值（多半是冒號後少了空白，或縮排有誤）",
        "mapping values are not allowed here"
    ),
    "yaml.mapping_context": ("此處不允許對應的值（多半是冒號後少了空白，或縮排有誤）",
                             "mapping values are not allowed in this context"),
    "yaml.colon": ("找不到應有的「:」", "could not find expected ':'"),
    "yaml.key": ("找不到應有的鍵（縮排可能有誤）", "did not find expected key"),
    "yaml.dash": ("找不到應有的清單符號「-」（縮排可能有誤）", "did not find expected '-' indicator"),
    "yaml.node": ("找不到應有的內容", "did not find expected node content"),
    "yaml.token": ("有無法作為開頭的字元", "found character that cannot start any token"),
    "yaml.end": ("檔案意外結束", "found unexpected end of stream"),
    "yaml.tab": ("定位字元（tab）破壞了縮排", "found a tab character that violates indentation"),
    "yaml.sequence_context": ("此處不允許清單項目", "block sequence entries are not allowed in this context"),
    "yaml.flow_sequence": ("找不到應有的「,」或「]」", "did not find expected ',' or ']'"),
    "yaml.flow_mapping": ("找不到應有的「,」或「}}」", "did not find expected ',' or '}}'"),
    "yaml.comment": ("找不到應有的註解或換行", "did not find expected comment or line break"),
    "yaml.escape": ("有無法辨識的跳脫字元", "found unknown escape character while parsing a quoted scalar"),
    "yaml.quote_end": ("引號內的文字直到檔案結束都沒有收尾", "found unexpected end of stream while scanning a quoted "
                       "scalar"),
    "yaml.document": ("檔案中有第二份文件（---）；一個檔案只能有一份報告", "expected a single document in the stream"),
    "yaml.simple_key": ("讀取鍵時", "while scanning a simple key"),
    "yaml.block_mapping": ("解析區塊對應時", "while parsing a block mapping"),
    "yaml.block_collection": ("解析區塊集合時", "while parsing a block collection"),
    "yaml.block_node": ("解析區塊節點時", "while parsing a block node"),
    "yaml.flow_mapping_context": ("解析 {{ }} 對應時", "while parsing a flow mapping"),
    "yaml.flow_sequence_context": ("解析 [ ] 清單時", "while parsing a flow sequence"),
    "yaml.flow_node": ("解析 {{ }} 或 [ ] 內的值時", "while parsing a flow node"),
    "yaml.block_node_seq": ("解析區塊節點或縮排清單時", "while parsing a block node or indentless sequence"),
    "yaml.node_context": ("解析節點時", "while parsing a node"),
    "yaml.anchor": ("讀取錨點時", "while scanning an anchor"),
    "yaml.alias": ("讀取別名時", "while scanning an alias"),
    "yaml.tag": ("讀取標籤時", "while scanning a tag"),
    "yaml.directive": ("讀取指示時", "while scanning a directive"),
    "yaml.quoted": ("讀取引號內的文字時", "while scanning a quoted scalar"),
    "yaml.plain": ("讀取文字時", "while scanning a plain scalar"),
    "yaml.block_scalar": ("讀取區塊文字時", "while scanning a block scalar"),
    "yaml.next_token": ("尋找下一個符號時", "while scanning for the next token"),
    # what the reader refuses in YAML that parses
    "PS102": ("重複的鍵 {key!r}：第 {line} 行第 {column} 欄已定義；請只保留一個",
              "duplicate key {key!r}: first defined at line {line}, column {column}; keep one of them"),
    "PS103.alias": ("此錨定值（&name）被別名（*name）重複使用；不允許別名：請直接重複該值",
                    "this anchored value (&name) is reused by an alias (*name); aliases are not allowed: repeat the "
                    "value instead"),
    "PS103.merge": ("不允許合併鍵（<<）；請把各鍵寫出來", "merge keys (<<) are not allowed; write the keys out"),
    "PS104.tag": ("不允許標籤 {tag!r}；請寫一般的值", "the tag {tag!r} is not allowed; write a plain value"),
    "PS104.kind": (
        "標籤 {tag!r} 不適用於此{kind}；請刪除標籤",
        "the tag {tag!r} does not fit this {kind}; remove the tag"
    ),
    "node.scalar": ("純量", "scalar"),
    "node.sequence": ("清單", "sequence"),
    "node.mapping": ("對應", "mapping"),
    "PS104.written": ("不允許標籤 {tag}；請寫一般的值，或使用 !!str、!!int 或 !!float",
                      "the tag {tag} is not allowed; write a plain value, or use !!str, !!int or !!float"),
    "PS104.misfit": ("{tag} 標在 {value!r} 上：此文字不是{wanted}；請寫{wanted}或刪除標籤",
                     "{tag} on {value!r}: the text is not {wanted}; write {wanted} or remove the tag"),
    "wanted.decimal": ("十進位數字", "a decimal number"),
    "wanted.integer": ("整數", "an integer"),
    "PS107": ("巢狀超過 {limit} 層；報告約只需 6 層", "nesting deeper than {limit} levels; a report needs about 6"),
    "PS109": ("未加引號的 {text!r} 在 YAML 1.1 會讀成布林值；若為文字請寫 \"{text}\"，否則請寫 true/false",
              "unquoted {text!r} is read as a boolean by YAML 1.1; write \"{text}\" for text, or true/false"),
    "PS110.float": ("{text!r} 在各版 YAML 的讀法不同；請寫 1000 或 0.5 之類的一般十進位數字，或加上引號",
                    "{text!r} is read differently by YAML versions; write a plain decimal such as 1000 or 0.5, or "
                    "quote it"),
    "PS110.int": (
        "{text!r} 在 YAML 1.1 會讀成非十進位數字（八進位、十六進位或六十進位）；請寫一般十進位數字，若為文字"
        "請加引號",
        "{text!r} is read as a non-decimal number (octal, hex or base 60) by YAML 1.1; write a plain "
        "decimal, or quote it for text"
    ),
    "PS110.yaml12": (
        "{text!r} 在 YAML 1.1 是文字，在 YAML 1.2 卻是數字；請寫 1000 之類的一般十進位數字，若為文字請加引號",
        "{text!r} is a string in YAML 1.1 but a number in YAML 1.2; write a plain decimal such as 1000, or "
        "quote it for text"
    ),
    "PS111": (
        "{text} 不是報告能容納的數字；請寫有限的十進位數字",
        "{text} is not a number a report can hold; write a finite decimal"
    ),
    "PS112.float": ("{text} 超過 {digits} 位數", "{text} has more than {digits} digits"),
    "PS112.int": (
        "{count} 位數的整數；分數最多只需 {digits} 位",
        "a {count}-digit integer; scores need at most {digits} digits"
    ),
    "PS203.plain_key": ("鍵必須是一般文字", "a key must be a plain text"),
}
