# The seed's scripts/generate-cost-report.sh aggregation, with the parentheses
# jq needs: in an object constructor a value containing a pipe must be
# parenthesised. The seed's literal script
#   total_tokens: [.[].tokens] | add,
# fails to compile under jq 1.6 ("syntax error, unexpected '*'").
group_by(.user) |
map({
  user: .[0].user,
  total_tokens: ([.[].tokens] | add),
  request_count: length,
  estimated_cost: (([.[].tokens] | add) * 0.000003)
})
