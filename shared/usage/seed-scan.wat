;; The seed lane's inner loop in WebAssembly (see seed-lane.ts, SeedLane.run).
;;
;; It reads consecutive seed lines
;;
;;   {"timestamp":"2026-10-01T08:14:38Z","user":"alice","tool":"Edit","tokens":20517}\n
;;
;; and accepts a line only when it matches, byte for byte, three patterns the
;; JavaScript side learnt from an earlier line and validated there: the head up
;; to the date, the user part and one of the tool parts. Everything that is not
;; a pattern (the time of day, the tokens, the line end) is validated here with
;; the same rules as SeedLane.scan. The first line that differs in anything
;; stops the loop; JavaScript then takes that line (learning new patterns, or
;; handing it to the general parser) and calls again. So this module decides
;; nothing the JavaScript lane would decide differently: it only makes the
;; common case (the same user, day and handful of tools, line after line)
;; cost one 8-byte comparison per 8 bytes.
;;
;; Memory (33 pages: 2 MiB and a page of slack; never grown, so views on it stay valid):
;;   [0, 25)            head pattern  {"timestamp":"YYYY-MM-DDT
;;   [64, 1024)         user pattern  ","user":"<user>","tool":"   (length in $midLen)
;;   [1024, 1280)       tool table: 32 x (offset i32, length i32) of tool patterns
;;   [2048, 4096)       tool pattern bytes  <tool>","tokens":
;;   [65536, 655360)    output: 24,576 records of 24 bytes:
;;                      f64 time (ms since the epoch), f64 tokens, i32 tool index
;;   [1048576, 2097152) input: the read buffer (1 MiB)
;;
;; Rebuild the embedded bytes after editing: node scripts/build-wasm.mjs

(module
  (memory (export "memory") 33)
  ;; midnight UTC (ms) of the head pattern's date; NaN while there is no pattern
  (global $headDay (export "headDay") (mut f64) (f64.const nan))
  (global $midLen (export "midLen") (mut i32) (i32.const 0))
  (global $nTools (export "nTools") (mut i32) (i32.const 0))
  ;; records written by the last call of run
  (global $count (export "count") (mut i32) (i32.const 0))

  ;; Two ASCII digits at $p as a number, or -1.
  (func $two (param $p i32) (result i32)
    (local $a i32) (local $b i32)
    (local.set $a (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
    (local.set $b (i32.sub (i32.load8_u offset=1 (local.get $p)) (i32.const 48)))
    (if (result i32)
      (i32.and (i32.le_u (local.get $a) (i32.const 9)) (i32.le_u (local.get $b) (i32.const 9)))
      (then (i32.add (i32.mul (local.get $a) (i32.const 10)) (local.get $b)))
      (else (i32.const -1))))

  ;; 1 when bytes [$p, $p+$n) equal [$q, $q+$n), else 0; eight bytes at a time.
  (func $eq (param $p i32) (param $q i32) (param $n i32) (result i32)
    (block $tail
      (loop $words
        (br_if $tail (i32.lt_u (local.get $n) (i32.const 8)))
        (if (i64.ne (i64.load (local.get $p)) (i64.load (local.get $q)))
          (then (return (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $q (i32.add (local.get $q) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 8)))
        (br $words)))
    (block $done
      (loop $bytes
        (br_if $done (i32.eqz (local.get $n)))
        (if (i32.ne (i32.load8_u (local.get $p)) (i32.load8_u (local.get $q)))
          (then (return (i32.const 0))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $bytes)))
    (i32.const 1))

  ;; Reads lines from $s while each matches the patterns, is complete before
  ;; $end and its time is in [$since, $until); writes one record per line.
  ;; Returns where it stopped: the start of the first line it did not take.
  (func (export "run") (param $s i32) (param $end i32) (param $since f64) (param $until f64) (result i32)
    (local $p i32) (local $h i32) (local $mi i32) (local $sec i32) (local $ms i32)
    (local $f0 i32) (local $n i32) (local $r i32) (local $entry i32) (local $tlen i32)
    (local $tool i32) (local $k0 i32) (local $c i32) (local $tokens i64) (local $time f64)
    (local $out i32)
    (local.set $out (i32.const 65536))
    (global.set $count (i32.const 0))
    (block $stop
      (loop $line
        ;; room for the shortest line, room for its record, a head pattern
        (br_if $stop (i32.gt_u (i32.add (local.get $s) (i32.const 60)) (local.get $end)))
        (br_if $stop (i32.ge_u (global.get $count) (i32.const 24576)))
        (br_if $stop (f64.ne (global.get $headDay) (global.get $headDay)))
        ;; {"timestamp":"YYYY-MM-DDT
        (br_if $stop (i32.eqz (call $eq (local.get $s) (i32.const 0) (i32.const 25))))
        ;; HH:MM:SS (-1 from $two is above every bound, unsigned)
        (local.set $p (i32.add (local.get $s) (i32.const 25)))
        (local.set $h (call $two (local.get $p)))
        (local.set $mi (call $two (i32.add (local.get $p) (i32.const 3))))
        (local.set $sec (call $two (i32.add (local.get $p) (i32.const 6))))
        (br_if $stop (i32.gt_u (local.get $h) (i32.const 23)))
        (br_if $stop (i32.gt_u (local.get $mi) (i32.const 59)))
        (br_if $stop (i32.gt_u (local.get $sec) (i32.const 59)))
        (br_if $stop (i32.ne (i32.load8_u offset=2 (local.get $p)) (i32.const 58)))
        (br_if $stop (i32.ne (i32.load8_u offset=5 (local.get $p)) (i32.const 58)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        ;; .f{1,3}, as milliseconds
        (local.set $ms (i32.const 0))
        (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 46))
          (then
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $f0 (local.get $p))
            (block $frac_end
              (loop $frac
                (br_if $frac_end (i32.ge_u (local.get $p) (local.get $end)))
                (br_if $frac_end (i32.ge_u (i32.sub (local.get $p) (local.get $f0)) (i32.const 3)))
                (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
                (br_if $frac_end (i32.gt_u (local.get $c) (i32.const 9)))
                (local.set $ms (i32.add (i32.mul (local.get $ms) (i32.const 10)) (local.get $c)))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br $frac)))
            (local.set $n (i32.sub (local.get $p) (local.get $f0)))
            (br_if $stop (i32.eqz (local.get $n)))
            (if (i32.eq (local.get $n) (i32.const 1))
              (then (local.set $ms (i32.mul (local.get $ms) (i32.const 100)))))
            (if (i32.eq (local.get $n) (i32.const 2))
              (then (local.set $ms (i32.mul (local.get $ms) (i32.const 10)))))))
        ;; Z
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 90)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        ;; ","user":"<user>","tool":"
        (br_if $stop (i32.eqz (global.get $midLen)))
        (br_if $stop (i32.gt_u (i32.add (local.get $p) (global.get $midLen)) (local.get $end)))
        (br_if $stop (i32.eqz (call $eq (local.get $p) (i32.const 64) (global.get $midLen))))
        (local.set $p (i32.add (local.get $p) (global.get $midLen)))
        ;; <tool>","tokens": : the first tool pattern that matches
        (local.set $tool (i32.const -1))
        (local.set $r (i32.const 0))
        (block $found
          (loop $tools
            (br_if $found (i32.ge_u (local.get $r) (global.get $nTools)))
            (local.set $entry (i32.add (i32.const 1024) (i32.shl (local.get $r) (i32.const 3))))
            (local.set $tlen (i32.load offset=4 (local.get $entry)))
            (if (i32.le_u (i32.add (local.get $p) (local.get $tlen)) (local.get $end))
              (then
                (if (call $eq (local.get $p) (i32.load (local.get $entry)) (local.get $tlen))
                  (then
                    (local.set $tool (local.get $r))
                    (local.set $p (i32.add (local.get $p) (local.get $tlen)))
                    (br $found)))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $tools)))
        (br_if $stop (i32.lt_s (local.get $tool) (i32.const 0)))
        ;; the tokens: 1 to 15 digits, no leading zero
        (local.set $k0 (local.get $p))
        (local.set $tokens (i64.const 0))
        (block $digits_end
          (loop $digits
            (br_if $digits_end (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
            (br_if $digits_end (i32.gt_u (local.get $c) (i32.const 9)))
            (local.set $tokens
              (i64.add (i64.mul (local.get $tokens) (i64.const 10)) (i64.extend_i32_u (local.get $c))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $digits)))
        (local.set $n (i32.sub (local.get $p) (local.get $k0)))
        (br_if $stop (i32.eqz (local.get $n)))
        (br_if $stop (i32.gt_u (local.get $n) (i32.const 15)))
        (br_if $stop
          (i32.and (i32.gt_u (local.get $n) (i32.const 1)) (i32.eq (i32.load8_u (local.get $k0)) (i32.const 48))))
        ;; }, then spaces, tabs or CRs, then \n
        (br_if $stop (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 125)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (block $blank_end
          (loop $blank
            (br_if $blank_end (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $c (i32.load8_u (local.get $p)))
            (br_if $blank_end
              (i32.and
                (i32.ne (local.get $c) (i32.const 32))
                (i32.and (i32.ne (local.get $c) (i32.const 9)) (i32.ne (local.get $c) (i32.const 13)))))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $blank)))
        (br_if $stop (i32.ge_u (local.get $p) (local.get $end)))
        (br_if $stop (i32.ne (i32.load8_u (local.get $p)) (i32.const 10)))
        ;; the time, in the period
        (local.set $time
          (f64.add
            (global.get $headDay)
            (f64.convert_i32_u
              (i32.add
                (i32.mul
                  (i32.add
                    (i32.mul (i32.add (i32.mul (local.get $h) (i32.const 60)) (local.get $mi)) (i32.const 60))
                    (local.get $sec))
                  (i32.const 1000))
                (local.get $ms)))))
        (br_if $stop (f64.lt (local.get $time) (local.get $since)))
        (br_if $stop (f64.ge (local.get $time) (local.get $until)))
        ;; the record
        (f64.store (local.get $out) (local.get $time))
        (f64.store offset=8 (local.get $out) (f64.convert_i64_u (local.get $tokens)))
        (i32.store offset=16 (local.get $out) (local.get $tool))
        (local.set $out (i32.add (local.get $out) (i32.const 24)))
        (global.set $count (i32.add (global.get $count) (i32.const 1)))
        (local.set $s (i32.add (local.get $p) (i32.const 1)))
        (br $line)))
    (local.get $s))
)
