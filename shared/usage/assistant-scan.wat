;; The assistant lane's validator in WebAssembly (see assistant-lane.ts,
;; validate(): this is the same function, instruction for instruction in
;; spirit, and a differential test holds the two together).
;;
;; validate(start, end) checks that memory[start, end) is one JSON object and
;; nothing else (JSON whitespace around it), by the JSON grammar (ECMA-404):
;; string escapes, no control characters in strings, number syntax, literals,
;; nesting, nothing after the object. On the way it notes the watched values
;; (kind, start, end, and for plain digits the number) of the watched objects:
;; the top level, its `message`, that object's `usage`, and that one's
;; `cache_creation`. It returns 1 when the line is valid and nothing in it
;; must go to the general path (an escaped key or a watched key twice in a
;; watched object, nesting deeper than 64), else 0. It decides nothing else:
;; JavaScript reads the noted values exactly as before.
;;
;; Memory (2 pages at first; JavaScript grows it for longer lines):
;;   [0, 256)        STOP: 1 for '"', '\' and control characters
;;   [256, 512)      ESCAPE: 1 for the characters allowed after '\' but 'u'
;;   [512, 768)      HEX: 1 for hex digits
;;   [1024, 1056)    kind per watched value (u8)
;;   [1088, 1216)    start per watched value (i32)
;;   [1216, 1344)    end per watched value (i32)
;;   [1344, 1600)    number per watched value (f64; -1: not plain digits)
;;   [1600, 1680)    stack: per open container its role (8: an array)
;;   [1700, 1732)    child role per watched value (the role of its object value)
;;   [2048, 2368)    keys: at 2048 + role * 64 + 4 * i: length u8, value u8, name offset u16
;;   [3072, 4096)    key names
;;   [4096, 9216)    key hash: at 4096 + role * 1024 + hash, 1 + i of the role's watched
;;                   key with that hash (see keyHash in assistant-lane.ts), or 0
;;   [65536, ...)    the line, then a "\n" and 32 bytes of slack (read 16 at a time)
;; All tables are written by JavaScript (assistant-lane.ts) before the first call.
;;
;; Rebuild the embedded bytes after editing: node scripts/build-wasm.mjs (its
;; SOURCES must list this file: { wat: "shared/usage/assistant-scan.wat", ts:
;; "shared/usage/assistant-scan-wasm.ts", name: "ASSISTANT_SCAN_WASM" }). A test
;; (test/usage/assistant-lane.test.ts) compiles this source and compares.

(module
  (memory (export "memory") 2)
  ;; the watched value of the last key $key read, or -1
  (global $keyField (mut i32) (i32.const -1))
  ;; 1 when the last string $strEnd read had an escape
  (global $esc (mut i32) (i32.const 0))

  (func $isWs (param $c i32) (result i32)
    (i32.or
      (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x0a)))
      (i32.or (i32.eq (local.get $c) (i32.const 0x0d)) (i32.eq (local.get $c) (i32.const 0x09)))))

  ;; The first offset from $p on that is not JSON whitespace (or $end).
  (func $skipWs (param $p i32) (param $end i32) (result i32)
    ;; the usual case: no whitespace (memory past $end is readable)
    (if (i32.gt_u (i32.load8_u (local.get $p)) (i32.const 0x20)) (then (return (local.get $p))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eqz (call $isWs (i32.load8_u (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $p))

  ;; The closing quote of the string whose content starts at $p, or -1 when it
  ;; is not valid or does not end before $end (memory[$end] is a "\n"). Sets $esc.
  (func $strEnd (param $p i32) (param $end i32) (result i32)
    (local $c i32)
    (local $n i32)
    (local $v v128)
    (local $m i32)
    (global.set $esc (i32.const 0))
    (block $fail
      (loop $run
        ;; the plain run, 16 bytes at a time: the first '"', '\' or control character
        (block $stop
          (loop $plain
            (local.set $v (v128.load (local.get $p)))
            (local.set $m (i8x16.bitmask
              (v128.or
                (v128.or (i8x16.eq (local.get $v) (v128.const i8x16 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22 0x22))
                         (i8x16.eq (local.get $v) (v128.const i8x16 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c 0x5c)))
                (i8x16.lt_u (local.get $v) (v128.const i8x16 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20 0x20)))))
            (if (local.get $m)
              (then
                (local.set $p (i32.add (local.get $p) (i32.ctz (local.get $m))))
                (br $stop)))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $plain)))
        (br_if $fail (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.eq (local.get $c) (i32.const 0x22)) (then (return (local.get $p))))
        ;; a control character
        (br_if $fail (i32.ne (local.get $c) (i32.const 0x5c)))
        (global.set $esc (i32.const 1))
        (local.set $n (i32.load8_u offset=1 (local.get $p)))
        (if (i32.load8_u offset=256 (local.get $n))
          (then (local.set $p (i32.add (local.get $p) (i32.const 2))))
          (else
            (br_if $fail (i32.ne (local.get $n) (i32.const 0x75)))
            (br_if $fail (i32.eqz (i32.load8_u offset=512 (i32.load8_u offset=2 (local.get $p)))))
            (br_if $fail (i32.eqz (i32.load8_u offset=512 (i32.load8_u offset=3 (local.get $p)))))
            (br_if $fail (i32.eqz (i32.load8_u offset=512 (i32.load8_u offset=4 (local.get $p)))))
            (br_if $fail (i32.eqz (i32.load8_u offset=512 (i32.load8_u offset=5 (local.get $p)))))
            (local.set $p (i32.add (local.get $p) (i32.const 6)))))
        ;; past the "\n" after the line: the plain run would not stop
        (br_if $fail (i32.gt_u (local.get $p) (local.get $end)))
        (br $run)))
    (i32.const -1))

  (func $isDigit (param $c i32) (result i32)
    (i32.lt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 10)))

  ;; The end of the number at $p (-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?), or -1.
  (func $numberEnd (param $p i32) (param $end i32) (result i32)
    (local $d i32)
    (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x2d))
      (then (local.set $p (i32.add (local.get $p) (i32.const 1)))))
    (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const -1))))
    (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x30))
      (then (local.set $p (i32.add (local.get $p) (i32.const 1))))
      (else
        (if (i32.eqz (call $isDigit (i32.load8_u (local.get $p)))) (then (return (i32.const -1))))
        (local.set $p (call $digitsEnd (local.get $p) (local.get $end)))))
    (if (i32.and (i32.lt_u (local.get $p) (local.get $end))
                 (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x2e)))
      (then
        (local.set $d (i32.add (local.get $p) (i32.const 1)))
        (local.set $p (call $digitsEnd (local.get $d) (local.get $end)))
        (if (i32.eq (local.get $p) (local.get $d)) (then (return (i32.const -1))))))
    (if (i32.and (i32.lt_u (local.get $p) (local.get $end))
                 (i32.eq (i32.or (i32.load8_u (local.get $p)) (i32.const 0x20)) (i32.const 0x65)))
      (then
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (if (i32.and (i32.lt_u (local.get $p) (local.get $end))
                     (i32.or (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x2b))
                             (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x2d))))
          (then (local.set $p (i32.add (local.get $p) (i32.const 1)))))
        (local.set $d (local.get $p))
        (local.set $p (call $digitsEnd (local.get $d) (local.get $end)))
        (if (i32.eq (local.get $p) (local.get $d)) (then (return (i32.const -1))))))
    (local.get $p))

  (func $digitsEnd (param $p i32) (param $end i32) (result i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $done (i32.eqz (call $isDigit (i32.load8_u (local.get $p)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $p))

  ;; The number memory[$p, $q) when it is plain digits (at most 15, so exact), else -1.
  (func $plainInteger (param $p i32) (param $q i32) (result f64)
    (local $v f64)
    (local $d i32)
    (if (i32.gt_s (i32.sub (local.get $q) (local.get $p)) (i32.const 15)) (then (return (f64.const -1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $q)))
        (local.set $d (i32.sub (i32.load8_u (local.get $p)) (i32.const 0x30)))
        (if (i32.ge_u (local.get $d) (i32.const 10)) (then (return (f64.const -1))))
        (local.set $v (f64.add (f64.mul (local.get $v) (f64.const 10)) (f64.convert_i32_u (local.get $d))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (local.get $v))

  ;; The end of true, false or null at $p, or -1. Compares whole words: the
  ;; line is followed by a "\n" and slack, so reading past $end is safe.
  (func $literalEnd (param $p i32) (param $end i32) (result i32)
    (local $w i32)
    (local.set $w (i32.load (local.get $p)))
    (if (i32.eq (local.get $w) (i32.const 0x65757274)) ;; "true"
      (then (return (call $within (i32.add (local.get $p) (i32.const 4)) (local.get $end)))))
    (if (i32.eq (local.get $w) (i32.const 0x6c6c756e)) ;; "null"
      (then (return (call $within (i32.add (local.get $p) (i32.const 4)) (local.get $end)))))
    (if (i32.and (i32.eq (local.get $w) (i32.const 0x736c6166)) ;; "fals"
                 (i32.eq (i32.load8_u offset=4 (local.get $p)) (i32.const 0x65)))
      (then (return (call $within (i32.add (local.get $p) (i32.const 5)) (local.get $end)))))
    (i32.const -1))

  (func $within (param $q i32) (param $end i32) (result i32)
    (select (local.get $q) (i32.const -1) (i32.le_u (local.get $q) (local.get $end))))

  ;; Reads a key and its colon at $p; returns the offset of its value (< $end),
  ;; or -1. In a watched object ($role > 0) sets $keyField (-1 for a key not
  ;; watched) and fails on an escaped key or a watched key seen twice.
  (func $key (param $p i32) (param $end i32) (param $role i32) (result i32)
    (local $q i32)
    (local $n i32)
    (local $e i32)
    (local $i i32)
    (local $j i32)
    (local $name i32)
    (local $field i32)
    (if (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x22)) (then (return (i32.const -1))))
    (local.set $q (call $strEnd (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
    (if (i32.lt_s (local.get $q) (i32.const 0)) (then (return (i32.const -1))))
    (global.set $keyField (i32.const -1))
    (block $keyDone
    (if (local.get $role)
      (then
        (if (global.get $esc) (then (return (i32.const -1))))
        (local.set $n (i32.sub (i32.sub (local.get $q) (local.get $p)) (i32.const 1)))
        (if (i32.eqz (local.get $n)) (then (br $keyDone)))
        ;; the one watched key of this object with the key's hash, if any
        (local.set $i (i32.load8_u offset=4096
          (i32.add (i32.shl (local.get $role) (i32.const 10))
            (i32.and
              (i32.add
                (i32.add (i32.mul (local.get $n) (i32.const 31)) (i32.load8_u offset=1 (local.get $p)))
                (i32.mul (i32.const 3)
                  (i32.load8_u offset=1
                    (i32.add (local.get $p)
                      (select (i32.const 10) (i32.sub (local.get $n) (i32.const 1))
                        (i32.gt_u (local.get $n) (i32.const 10)))))))
              (i32.const 1023)))))
        (if (i32.eqz (local.get $i)) (then (br $keyDone)))
        (local.set $e (i32.add (i32.add (i32.const 2048) (i32.shl (local.get $role) (i32.const 6)))
                               (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 2))))
        (if (i32.ne (i32.load8_u (local.get $e)) (local.get $n)) (then (br $keyDone)))
        (local.set $name (i32.load16_u offset=2 (local.get $e)))
        (block $differs
          (loop $byte
            (if (i32.lt_u (local.get $j) (local.get $n))
              (then
                (br_if $keyDone
                  (i32.ne (i32.load8_u (i32.add (local.get $name) (local.get $j)))
                          (i32.load8_u offset=1 (i32.add (local.get $p) (local.get $j)))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $byte)))))
        ;; the key is watched
        (local.set $field (i32.load8_u offset=1 (local.get $e)))
        (if (i32.eq (local.get $field) (i32.const 6)) ;; F_OTHER_KIND: noted, not read
          (then (i32.store8 offset=1024 (local.get $field) (i32.const 4)))
          (else
            (if (i32.load8_u offset=1024 (local.get $field)) (then (return (i32.const -1))))
            ;; seen; its value says what it is
            (i32.store8 offset=1024 (local.get $field) (i32.const 6))
            (global.set $keyField (local.get $field)))))))
    (local.set $p (call $skipWs (i32.add (local.get $q) (i32.const 1)) (local.get $end)))
    (if (i32.or (i32.ge_u (local.get $p) (local.get $end))
                (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x3a)))
      (then (return (i32.const -1))))
    (local.set $p (call $skipWs (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
    (select (local.get $p) (i32.const -1) (i32.lt_u (local.get $p) (local.get $end))))

  (func (export "validate") (param $start i32) (param $end i32) (result i32)
    (local $p i32)
    (local $q i32)
    (local $c i32)
    (local $depth i32)
    (local $field i32)
    (local $role i32)
    ;; kind: all NONE
    (i64.store (i32.const 1024) (i64.const 0))
    (i64.store (i32.const 1032) (i64.const 0))
    (i64.store (i32.const 1040) (i64.const 0))
    (i64.store (i32.const 1048) (i64.const 0))
    (local.set $p (call $skipWs (local.get $start) (local.get $end)))
    (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 0))))
    (if (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x7b)) (then (return (i32.const 0))))
    (local.set $field (i32.const -1))
    (loop $value
      ;; $p is at a value, before $end
      (local.set $c (i32.load8_u (local.get $p)))
      (block $after
        (if (i32.eq (local.get $c) (i32.const 0x22))
          (then
            (local.set $q (call $strEnd (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
            (if (i32.lt_s (local.get $q) (i32.const 0)) (then (return (i32.const 0))))
            (if (i32.ge_s (local.get $field) (i32.const 0))
              (then
                ;; STR 1, ESTR 2
                (i32.store8 offset=1024 (local.get $field) (i32.add (i32.const 1) (global.get $esc)))
                (i32.store offset=1088 (i32.shl (local.get $field) (i32.const 2))
                  (i32.add (local.get $p) (i32.const 1)))
                (i32.store offset=1216 (i32.shl (local.get $field) (i32.const 2)) (local.get $q))))
            (local.set $p (i32.add (local.get $q) (i32.const 1)))
            (br $after)))
        (if (i32.eq (local.get $c) (i32.const 0x7b))
          (then
            (if (i32.eq (local.get $depth) (i32.const 64)) (then (return (i32.const 0))))
            (if (i32.ge_s (local.get $field) (i32.const 0))
              (then (i32.store8 offset=1024 (local.get $field) (i32.const 7)))) ;; OBJ
            (local.set $role
              (if (result i32) (i32.eqz (local.get $depth))
                (then (i32.const 1)) ;; ROOT
                (else
                  (if (result i32) (i32.lt_s (local.get $field) (i32.const 0))
                    (then (i32.const 0))
                    (else (i32.load8_u offset=1700 (local.get $field)))))))
            (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
            (i32.store8 offset=1600 (local.get $depth) (local.get $role))
            (local.set $p (call $skipWs (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
            (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 0))))
            (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x7d))
              (then
                (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
                (local.set $role (i32.load8_u offset=1600 (local.get $depth)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $after)))
            (local.set $p (call $key (local.get $p) (local.get $end) (local.get $role)))
            (if (i32.lt_s (local.get $p) (i32.const 0)) (then (return (i32.const 0))))
            (local.set $field (global.get $keyField))
            (br $value)))
        (if (i32.eq (local.get $c) (i32.const 0x5b))
          (then
            (if (i32.eq (local.get $depth) (i32.const 64)) (then (return (i32.const 0))))
            (if (i32.ge_s (local.get $field) (i32.const 0))
              (then (i32.store8 offset=1024 (local.get $field) (i32.const 8)))) ;; ARR
            (local.set $role (i32.const 8))
            (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
            (i32.store8 offset=1600 (local.get $depth) (i32.const 8))
            (local.set $p (call $skipWs (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
            (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 0))))
            (if (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x5d))
              (then
                (local.set $field (i32.const -1))
                (br $value)))
            (if (i32.ge_s (local.get $field) (i32.const 0))
              (then (i32.store8 offset=1024 (local.get $field) (i32.const 9)))) ;; EMPTY_ARR
            (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
            (local.set $role (i32.load8_u offset=1600 (local.get $depth)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $after)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 0x2d)) (call $isDigit (local.get $c)))
          (then
            (local.set $q (call $numberEnd (local.get $p) (local.get $end)))
            (if (i32.lt_s (local.get $q) (i32.const 0)) (then (return (i32.const 0))))
            (if (i32.ge_s (local.get $field) (i32.const 0))
              (then
                (i32.store8 offset=1024 (local.get $field) (i32.const 3)) ;; NUM
                (f64.store offset=1344 (i32.shl (local.get $field) (i32.const 3))
                  (call $plainInteger (local.get $p) (local.get $q)))))
            (local.set $p (local.get $q))
            (br $after)))
        (local.set $q (call $literalEnd (local.get $p) (local.get $end)))
        (if (i32.lt_s (local.get $q) (i32.const 0)) (then (return (i32.const 0))))
        (if (i32.ge_s (local.get $field) (i32.const 0))
          (then
            ;; TRUE 4, FALSE 5, NULL 6
            (i32.store8 offset=1024 (local.get $field)
              (select (i32.const 4)
                (select (i32.const 5) (i32.const 6) (i32.eq (local.get $c) (i32.const 0x66)))
                (i32.eq (local.get $c) (i32.const 0x74))))))
        (local.set $p (local.get $q)))
      ;; after a value: a comma, or the end of one or more containers
      (loop $close
        (local.set $p (call $skipWs (local.get $p) (local.get $end)))
        (if (i32.eqz (local.get $depth)) (then (return (i32.eq (local.get $p) (local.get $end)))))
        (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 0))))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.eq (local.get $c) (i32.const 0x2c))
          (then
            (local.set $p (call $skipWs (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
            (if (i32.ge_u (local.get $p) (local.get $end)) (then (return (i32.const 0))))
            (if (i32.eq (local.get $role) (i32.const 8))
              (then (local.set $field (i32.const -1)))
              (else
                (local.set $p (call $key (local.get $p) (local.get $end) (local.get $role)))
                (if (i32.lt_s (local.get $p) (i32.const 0)) (then (return (i32.const 0))))
                (local.set $field (global.get $keyField))))
            (br $value)))
        (if (i32.ne (local.get $c)
              (select (i32.const 0x5d) (i32.const 0x7d) (i32.eq (local.get $role) (i32.const 8))))
          (then (return (i32.const 0))))
        (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
        (local.set $role (i32.load8_u offset=1600 (local.get $depth)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $close)))
    (i32.const 0))
)
