import warnings

import torch

torch.manual_seed(0)

lr, momentum, dampening, weight_decay = 0.1, 0.9, 0.1, 0.01
start = torch.randn(5)
grad = torch.randn(5)
previous_buf = torch.randn(5)

p_old = torch.nn.Parameter(start.clone())
buf_old = previous_buf.clone()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    d_p = grad.clone()
    d_p.add_(weight_decay, p_old.data)  # (1)!
    buf_old.mul_(momentum).add_(1 - dampening, d_p)  # (2)!
    p_old.data.add_(-lr, buf_old)  # (3)!

print(f"deprecated calls made: 3, warnings caught: {len(caught)}")  # (4)!
for w in caught:
    print(f"{w.category.__name__}: {w.message}")

p_new = torch.nn.Parameter(start.clone())
buf_new = previous_buf.clone()
with torch.no_grad():  # (5)!
    d_p = grad.add(p_new, alpha=weight_decay)
    buf_new.mul_(momentum).add_(d_p, alpha=1 - dampening)
    p_new.add_(buf_new, alpha=-lr)

print("same parameter:      ", torch.equal(p_old, p_new))
print("same momentum buffer:", torch.equal(buf_old, buf_new))
